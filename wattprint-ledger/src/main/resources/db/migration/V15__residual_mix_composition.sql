-- Issue 16 (ESRS E1-5): a residual mix may carry its composition, the shares of renewable, nuclear and fossil
-- sources the AIB publishes beside each country's residual-mix factor, so the consumption no instrument covers is
-- split by the residual mix (consistent with the market-based Scope 2 figure) instead of the grid-average mix.
-- All three are NULL for a mix recorded without them (every mix stored before this migration).
ALTER TABLE residual_mixes ADD COLUMN renewable_pct DOUBLE PRECISION;
ALTER TABLE residual_mixes ADD COLUMN nuclear_pct DOUBLE PRECISION;
ALTER TABLE residual_mixes ADD COLUMN fossil_pct DOUBLE PRECISION;

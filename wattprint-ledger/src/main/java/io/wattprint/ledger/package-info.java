package io.wattprint.ledger;

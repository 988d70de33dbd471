package io.wattprint.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.allocation.AllocationRule.Basis;
import org.junit.jupiter.api.Test;

class AllocationRuleTest {

    @Test
    void parsesEachBasis() {
        assertThat(AllocationRule.parse("r", "gpu-hours", null, IdlePolicy.SEPARATE).basis()).isEqualTo(Basis.GPU_HOURS);
        assertThat(AllocationRule.parse("r", "CPU-HOURS", null, IdlePolicy.SEPARATE).measure()).isEqualTo(Measure.CPU_HOURS);
        assertThat(AllocationRule.parse("r", "requests", null, IdlePolicy.SPREAD).basis()).isEqualTo(Basis.REQUESTS);
        AllocationRule tag = AllocationRule.parse("r", "tag:k8s-namespace", null, IdlePolicy.SEPARATE);
        assertThat(tag.basis()).isEqualTo(Basis.TAG);
        assertThat(tag.tagKey()).isEqualTo("k8s-namespace");
        assertThat(tag.measure()).as("default measure of a tag basis").isEqualTo(Measure.GPU_HOURS);
        assertThat(tag.basisLabel()).isEqualTo("tag:k8s-namespace");
    }

    @Test
    void unknownBasisIsRefusedListingTheChoices() {
        assertThatThrownBy(() -> AllocationRule.parse("r", "watts", null, IdlePolicy.SEPARATE))
                .hasMessage("unknown allocation basis 'watts': expected gpu-hours, cpu-hours, requests or tag:KEY");
    }

    @Test
    void tagBasisNeedsAKey() {
        assertThatThrownBy(() -> AllocationRule.parse("r", "tag:", null, IdlePolicy.SEPARATE))
                .hasMessageContaining("allocation basis tag needs a tag key");
    }

    @Test
    void aMeasureIsOnlyChosenForATagBasis() {
        assertThatThrownBy(() -> AllocationRule.parse("r", "gpu-hours", Measure.REQUESTS, IdlePolicy.SEPARATE))
                .hasMessageContaining("a usage measure is only chosen for a tag basis");
        assertThatThrownBy(() -> new AllocationRule("r", Basis.GPU_HOURS, null, Measure.CPU_HOURS, IdlePolicy.SEPARATE))
                .hasMessage("basis gpu-hours splits by gpu-hours, not cpu-hours");
        assertThatThrownBy(() -> new AllocationRule("r", Basis.GPU_HOURS, "project", Measure.GPU_HOURS, IdlePolicy.SEPARATE))
                .hasMessageContaining("a tag key is only used with basis tag");
    }

    @Test
    void blankNameAndUnknownIdlePolicyAreRefused() {
        assertThatThrownBy(() -> AllocationRule.parse(" ", "gpu-hours", null, IdlePolicy.SEPARATE))
                .hasMessage("allocation rule name must not be blank");
        assertThatThrownBy(() -> IdlePolicy.parse("later")).hasMessage("unknown idle policy 'later': expected separate or spread");
        assertThatThrownBy(() -> Measure.parse("tokens"))
                .hasMessage("unknown usage measure 'tokens': expected gpu-hours, cpu-hours or requests");
    }
}

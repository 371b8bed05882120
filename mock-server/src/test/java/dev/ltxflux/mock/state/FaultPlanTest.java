package dev.ltxflux.mock.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FaultPlanTest {

    private final FaultPlan plan = new FaultPlan();

    @Test
    void anEmptyPlanTakesNothing() {
        assertThat(plan.take("status", null)).isEmpty();
        assertThat(plan.all()).isEmpty();
    }

    @Test
    void aSubmitRuleHitsEveryPaidRouteButACreateRuleOnlyCreate() {
        plan.add(new FaultRule("submit", "status", 503, 0, 2));
        assertThat(plan.take("create", null)).isPresent();
        assertThat(plan.take("upscale", null)).isPresent();
        assertThat(plan.take("submit", null)).isEmpty();
        plan.add(new FaultRule("create", "status", 500, 0, 3));
        assertThat(plan.take("submit", null)).isEmpty();
        assertThat(plan.take("upscale", null)).isEmpty();
        assertThat(plan.take("create", null)).isPresent();
        assertThat(plan.take("status", null)).isEmpty();
    }

    @Test
    void aRuleIsTakenAsManyTimesAsPlannedThenIsGone() {
        plan.add(new FaultRule("status", "status", 503, 0, 2));
        assertThat(plan.take("status", null)).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(503));
        assertThat(plan.all()).singleElement().satisfies(r -> assertThat(r.times()).isEqualTo(1));
        assertThat(plan.take("status", null)).isPresent();
        assertThat(plan.take("status", null)).isEmpty();
        assertThat(plan.all()).isEmpty();
    }

    @Test
    void aPlanEmptiedByUseOrClearTakesNewRulesAgain() {
        plan.add(new FaultRule("submit", "drop", 0, 0, 1));
        assertThat(plan.take("submit", null)).isPresent();
        plan.add(new FaultRule("submit", "status", 429, 0, 1));
        assertThat(plan.take("submit", null)).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(429));
        plan.add(new FaultRule("submit", "status", 500, 0, 1));
        plan.clear();
        assertThat(plan.take("submit", null)).isEmpty();
        plan.add(new FaultRule("submit", "status", 502, 0, 1));
        assertThat(plan.take("submit", null)).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(502));
    }

    @Test
    void onlyRulesForTheRouteAndActionAreTakenInOrder() {
        plan.add(new FaultRule("submit", "status", 500, 0, 1));
        plan.add(new FaultRule("status", "fail-job", 0, 0, 1));
        plan.add(new FaultRule("status", "status", 503, 0, 1));
        assertThat(plan.take("status", null)).as("fail-job is taken only when asked for")
                .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(503));
        assertThat(plan.take("status", "fail-job")).hasValueSatisfying(r -> assertThat(r.action()).isEqualTo("fail-job"));
        assertThat(plan.take("status", null)).isEmpty();
        assertThat(plan.all()).singleElement().satisfies(r -> assertThat(r.route()).isEqualTo("submit"));
    }

    @Test
    void aRestrictedPlanRefusesUnknownRoutesAndFailJobOnARouteThatMakesNoJob() {
        plan.restrictTo(java.util.Set.of("submit", "create", "status", "any"), java.util.Set.of("submit", "create", "any"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plan.add(new FaultRule("nope", "status", 500, 0, 1)))
                .hasMessageStartingWith("route: must be one of any, create, status, submit");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plan.add(new FaultRule("status", "fail-job", 0, 0, 1)))
                .hasMessageContaining("(status makes no job)");
        plan.add(new FaultRule("status", "status", 503, 0, 1));
        plan.add(new FaultRule("create", "fail-job", 0, 0, 1));
        assertThat(plan.take("submit", "fail-job")).as("a create rule is not found for an edit").isEmpty();
        assertThat(plan.take("create", "fail-job")).isPresent();
        assertThat(plan.take("status", null)).isPresent();
    }
}

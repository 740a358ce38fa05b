//! `test-order-dependency`: see `rules/test-order-dependency.toml` and the spec. Not implemented yet.

use super::{Rule, RuleContext};

pub struct TestOrderDependency;

impl Rule for TestOrderDependency {
    fn id(&self) -> &'static str {
        "test-order-dependency"
    }

    fn triggers(&self) -> &'static [&'static str] {
        &[]
    }

    fn check<'t>(&self, _cx: &mut RuleContext<'_, 't>) {}
}

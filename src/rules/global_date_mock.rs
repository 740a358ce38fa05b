//! `global-date-mock`: see `rules/global-date-mock.toml` and the spec. Not implemented yet.

use super::{Rule, RuleContext};

pub struct GlobalDateMock;

impl Rule for GlobalDateMock {
    fn id(&self) -> &'static str {
        "global-date-mock"
    }

    fn triggers(&self) -> &'static [&'static str] {
        &[]
    }

    fn check<'t>(&self, _cx: &mut RuleContext<'_, 't>) {}
}

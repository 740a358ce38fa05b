//! `fixed-temp-path`: see `rules/fixed-temp-path.toml` and the spec. Not implemented yet.

use super::{Rule, RuleContext};

pub struct FixedTempPath;

impl Rule for FixedTempPath {
    fn id(&self) -> &'static str {
        "fixed-temp-path"
    }

    fn triggers(&self) -> &'static [&'static str] {
        &[]
    }

    fn check<'t>(&self, _cx: &mut RuleContext<'_, 't>) {}
}

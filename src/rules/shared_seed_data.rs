//! `shared-seed-data`: see `rules/shared-seed-data.toml` and the spec. Not implemented yet.

use super::{Rule, RuleContext};

pub struct SharedSeedData;

impl Rule for SharedSeedData {
    fn id(&self) -> &'static str {
        "shared-seed-data"
    }

    fn triggers(&self) -> &'static [&'static str] {
        &[]
    }

    fn check<'t>(&self, _cx: &mut RuleContext<'_, 't>) {}
}

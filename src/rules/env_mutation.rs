//! `env-mutation`: see `rules/env-mutation.toml` and the spec. Not implemented yet.

use super::{Rule, RuleContext};

pub struct EnvMutation;

impl Rule for EnvMutation {
    fn id(&self) -> &'static str {
        "env-mutation"
    }

    fn triggers(&self) -> &'static [&'static str] {
        &[]
    }

    fn check<'t>(&self, _cx: &mut RuleContext<'_, 't>) {}
}

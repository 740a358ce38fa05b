//! `truncate-in-hook`: see `rules/truncate-in-hook.toml` and the spec. Not implemented yet.

use super::{Rule, RuleContext};

pub struct TruncateInHook;

impl Rule for TruncateInHook {
    fn id(&self) -> &'static str {
        "truncate-in-hook"
    }

    fn triggers(&self) -> &'static [&'static str] {
        &[]
    }

    fn check<'t>(&self, _cx: &mut RuleContext<'_, 't>) {}
}

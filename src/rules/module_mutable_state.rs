//! `module-mutable-state`: see `rules/module-mutable-state.toml` and the spec. Not implemented yet.

use super::{Rule, RuleContext};

pub struct ModuleMutableState;

impl Rule for ModuleMutableState {
    fn id(&self) -> &'static str {
        "module-mutable-state"
    }

    fn triggers(&self) -> &'static [&'static str] {
        &[]
    }

    fn check<'t>(&self, _cx: &mut RuleContext<'_, 't>) {}
}

//! Per-file analyses that more than one rule needs, built on first use and
//! shared: the shared-binding walk (module-mutable-state and
//! test-order-dependency), the mocks/fakes inventory and whether the file
//! uses a private database (shared-seed-data and truncate-in-hook). Most
//! are a pass over the whole tree or file; doing each once per file instead
//! of once per rule was ~20% of a check's CPU time.

use super::bindings::SharedBindings;
use super::database::Doubles;
use super::Model;
use std::cell::OnceCell;

#[derive(Default)]
pub struct FileMemo<'t> {
    bindings: OnceCell<SharedBindings<'t>>,
    doubles: OnceCell<Doubles>,
    private_database: OnceCell<bool>,
}

impl<'t> FileMemo<'t> {
    pub fn shared_bindings(&self, model: &Model<'t>) -> &SharedBindings<'t> {
        self.bindings.get_or_init(|| model.shared_bindings())
    }

    pub fn doubles(&self, model: &Model<'t>) -> &Doubles {
        self.doubles.get_or_init(|| model.doubles())
    }

    pub fn private_database(&self, model: &Model<'t>) -> bool {
        *self
            .private_database
            .get_or_init(|| model.private_database())
    }
}

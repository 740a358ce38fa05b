//! isolint: finds tests that break when a suite runs in parallel or in
//! random order.
//!
//! Data flows one way: discover → parse → facts/model → rules → findings →
//! cross-file links → suppressions/baseline → report.

pub mod baseline;
pub mod cache;
pub mod cli;
pub mod config;
pub mod conftests;
pub mod crossfile;
pub mod debug;
pub mod discover;
pub mod engine;
pub mod finding;
pub mod fix;
pub mod lang;
pub mod model;
pub mod patterns;
pub mod prefilter;
pub mod project;
pub mod pyimports;
pub mod report;
pub mod rules;
pub mod run;
pub mod runner_config;
pub mod source;
pub mod suppress;
pub mod timings;
pub mod walk;

#[cfg(test)]
pub(crate) mod testing;

//! The migration definitions: what a revision is, independent of any database.
//!
//! [`ops`] are the dialect-neutral operations, [`dialect`] names the database
//! families a step may be limited to, [`migration`] parses one revision file,
//! [`chain`] orders a tree's revisions by their links, [`revision`] holds the
//! embedded trees and resolves targets (`head`, `+2`, prefixes), and [`releases`]
//! says which revisions each Asterisk release's own scripts form.
//!
//! May import: `crate::error` only. Everything else builds on this layer.

pub mod chain;
pub mod dialect;
pub mod migration;
pub mod ops;
pub mod release_file;
pub mod releases;
pub mod revision;
pub mod sources_file;

//! ast-schema: Asterisk's realtime database migrations (Alembic's `ast-db-manage`
//! trees) in one binary, for MySQL/MariaDB, PostgreSQL and SQLite.
//!
//! Layout: `ops` (the operations) and `migration` (the file format) describe
//! revisions; `revision` holds the embedded trees and resolves targets; `model` folds
//! operations into a schema; `dialect` renders SQL per database; `driver` talks to
//! each database; `state` reads and writes the version tables; `runner` plans and
//! applies steps; `cli` is the command line.

pub mod asterisk_fields;
pub mod cli;
pub mod config;
pub mod connect;
pub mod dialect;
pub mod driver;
pub mod error;
pub mod expected;
pub mod graph;
pub mod history;
pub mod introspect;
pub mod lint;
pub mod lock;
pub mod migration;
pub mod model;
pub mod ops;
pub mod output;
pub mod realtime;
pub mod reconcile;
pub mod releases;
pub mod revision;
pub mod runner;
pub mod state;
pub mod url;
pub mod verify;

pub use error::{Error, Result};

//! ast-schema: Asterisk's realtime database migrations (Alembic's `ast-db-manage`
//! trees) in one binary, for MySQL/MariaDB, PostgreSQL and SQLite.
//!
//! The layers, each a folder, from the bottom up (a layer imports only layers below
//! it):
//!
//! - [`definitions`]: what a migration is: operations, the file format, the revision
//!   chain of each tree, Asterisk's releases. Pure data, no SQL, no database.
//! - [`model`]: the schema model operations fold into, and comparing schemas.
//! - [`dialect`]: the SQL renderers, one per database, and what each database
//!   reports back for what they create.
//! - [`alembic`]: reading Alembic's Python revision scripts into migrations.
//! - [`db`]: the database side: URL, drivers, connecting, locks, version tables,
//!   history, reading a live schema.
//! - [`engine`]: planning, applying, the fresh-database fast path, offline scripts,
//!   recognising a database's shape, reconcile, verify, the Alembic scripts and site
//!   files a run is pointed at.
//! - [`asterisk`]: the companion for Asterisk itself: realtime configuration, lint.
//! - [`cli`]: the command line: arguments, one handler per command, output.
//!
//! [`error`] is the one error type, with the exit code each failure maps to;
//! [`interrupt`] records SIGINT and SIGTERM so a run stops at a clean point.

pub mod alembic;
pub mod asterisk;
pub mod cli;
pub mod db;
pub mod definitions;
pub mod dialect;
pub mod engine;
pub mod error;
pub mod interrupt;
pub mod model;

pub use error::{Error, Result};

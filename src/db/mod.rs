//! The database side: everything that talks to a live database, and nothing that
//! decides what to run.
//!
//! [`url`] parses SQLAlchemy-style URLs and [`options`] their query parameters
//! ([`tls_request`] the TLS ones), [`credentials`] finds passwords where operators keep them,
//! [`target`] resolves all that into where and as whom to connect, [`tls`] builds
//! the rustls configuration, [`driver`] holds one thin driver per
//! database behind the [`driver::Connection`] trait, [`connect`] waits for a server
//! and creates databases, [`lock`] keeps runners apart, [`lock_wait`] bounds a change's wait for the
//! application's locks, [`version`] reads and writes
//! Alembic's version tables, [`history`] our `ast_schema_history`, [`intent`] the
//! target a run with a relative target recorded, and
//! [`introspect`] reads a live schema back as normalized text.
//!
//! May import: `definitions` (trees, dialect names), `dialect` (quoting), `error`,
//! `interrupt`.

pub mod connect;
pub mod credentials;
pub mod driver;
pub mod history;
pub mod intent;
pub mod introspect;
pub mod lock;
pub mod lock_wait;
pub mod options;
pub mod target;
pub mod tls;
pub mod tls_request;
pub mod unit;
pub mod url;
pub mod version;

//! The engine: from "tree T to target X" to statements run or printed.
//!
//! [`plan`] is pure planning (fold the model, render each revision), [`script`]
//! writes plans as offline SQL, [`apply`] runs a plan on a connection,
//! [`fast_path`] builds a fresh database at once, [`migrate`] orchestrates one
//! tree (lock, read, choose the way, apply) and [`stamp`](migrate::stamp)s,
//! [`shape`] recognises which chain and shape a live database has, [`reconcile`]
//! moves a database between chains, [`verify`] compares the live schema with its
//! revision, and [`observer`] is how a run reports as it goes. [`scripts`]
//! recognises (and, for revisions this build lacks, imports) the Alembic scripts a
//! run is pointed at; [`site`] stacks a site's own migration files on a chain.
//!
//! May import: `definitions`, `model`, `dialect`, `alembic` (scripts on disk), `db`, `error`.

pub mod apply;
pub mod diff;
pub mod dry_run;
pub mod fast_path;
pub mod loss;
pub mod migrate;
pub mod observer;
pub mod plan;
pub mod preflight;
pub mod reconcile;
pub mod resume;
pub mod script;
pub mod scripts;
pub mod shape;
pub mod site;
pub mod status;
pub mod verify;
pub mod verify_release;

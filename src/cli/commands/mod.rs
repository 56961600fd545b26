//! One handler per command. Each reads its settings, calls the library and
//! reports through `cli::output`; none holds domain logic of its own.

pub mod applied;
pub mod asterisk;
pub mod current;
pub mod dry_run;
pub mod history;
pub mod import;
pub mod meta;
pub mod migrate;
pub mod reconcile;
pub mod releases;
pub mod revision;
pub mod show;
pub mod stamp;
pub mod status;
pub mod verify;

use crate::cli::args::GlobalOpts;
use crate::cli::output::{Doc, Style};

/// What every handler gets: the global options, the output style and the JSON
/// document it fills.
pub struct Ctx<'a> {
    pub g: &'a GlobalOpts,
    pub style: Style,
    pub doc: &'a mut Doc,
}

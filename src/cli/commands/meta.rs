//! `completions`, `man` and `dump-schema`: about the tool itself, or raw views.

use clap_complete::Shell;

use crate::cli::args;
use crate::cli::commands::Ctx;
use crate::cli::output::emit;
use crate::cli::settings::{open, settings};
use crate::db::introspect;
use crate::error::Error;

pub fn completions(shell: Shell) -> Result<i32, Error> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut args::command(), "ast-schema", &mut buf);
    emit(&buf);
    Ok(0)
}

pub fn man() -> Result<i32, Error> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(args::command())
        .render(&mut buf)
        .map_err(|e| Error::Io(format!("cannot render the manual page: {e}")))?;
    emit(&buf);
    Ok(0)
}

pub fn dump_schema(ctx: &mut Ctx<'_>, bookkeeping: bool) -> Result<i32, Error> {
    let s = settings(ctx.g)?;
    let mut conn = open(ctx.g, &s, ctx.style, true)?;
    emit(introspect::dump(conn.as_mut(), bookkeeping)?.as_bytes());
    Ok(0)
}

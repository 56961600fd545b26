//! `completions`, `man` and `dump-schema`: about the tool itself, or raw views.

use std::path::Path;

use clap_complete::Shell;

use crate::cli::args;
use crate::cli::commands::Ctx;
use crate::cli::output::emit;
use crate::cli::settings::{open, settings, Access};
use crate::db::introspect;
use crate::error::Error;

pub fn completions(shell: Shell) -> Result<i32, Error> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut args::command(), "ast-schema", &mut buf);
    emit(&buf);
    Ok(0)
}

/// The main page, one command's (`ast-schema-upgrade(1)`, as the main page's list
/// names them), or every page into `dir`.
pub fn man(command: Option<&str>, dir: Option<&Path>) -> Result<i32, Error> {
    let mut cmd = args::command().disable_help_subcommand(true);
    cmd.build();
    if let Some(dir) = dir {
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::Io(format!("cannot create {}: {e}", dir.display())))?;
        clap_mangen::generate_to(cmd, dir).map_err(|e| {
            Error::Io(format!(
                "cannot write the manual pages into {}: {e}",
                dir.display()
            ))
        })?;
        return Ok(0);
    }
    let page = match command {
        None => cmd,
        Some(name) => cmd
            .get_subcommands()
            .filter(|s| !s.is_hide_set())
            .find(|s| s.get_name() == name || s.get_all_aliases().any(|a| a == name))
            .cloned()
            .ok_or_else(|| {
                Error::Config(format!(
                    "no manual page for {name:?} (a command: {})",
                    args::command()
                        .get_subcommands()
                        .filter(|s| !s.is_hide_set())
                        .map(|s| s.get_name().to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            })?,
    };
    let mut buf = Vec::new();
    clap_mangen::Man::new(page)
        .render(&mut buf)
        .map_err(|e| Error::Io(format!("cannot render the manual page: {e}")))?;
    emit(&buf);
    Ok(0)
}

pub fn dump_schema(ctx: &mut Ctx<'_>, bookkeeping: bool) -> Result<i32, Error> {
    let s = settings(ctx.g)?;
    let mut conn = open(ctx.g, &s, ctx.style, Access::Read)?;
    emit(introspect::dump(conn.as_mut(), bookkeeping)?.as_bytes());
    Ok(0)
}

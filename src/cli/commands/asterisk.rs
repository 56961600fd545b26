//! `asterisk-config` and `lint`: the companion commands for Asterisk itself.

use serde_json::json;

use std::path::Path;

use crate::asterisk::fields::Backend;
use crate::asterisk::{lint, realtime};
use crate::cli::commands::Ctx;
use crate::cli::output::{emit, write_script};
use crate::cli::settings::{open, settings, Access};
use crate::db::unit::{run_unit, Booked};
use crate::db::version as state;
use crate::definitions::dialect::Dialect;
use crate::definitions::releases;
use crate::engine::script::Script;
use crate::error::Error;
use crate::say;

pub fn asterisk_config(
    ctx: &mut Ctx<'_>,
    opts: &realtime::Options,
    dir: Option<&Path>,
    force: bool,
) -> Result<i32, Error> {
    let style = ctx.style;
    let s = settings(ctx.g)?;
    let mut conn = open(ctx.g, &s, style, Access::Read)?;
    let tables = state::list_tables(conn.as_mut())?;
    // chan_sip went with Asterisk 21: a release before it still loads it.
    let chan_sip = s.trees.iter().filter_map(|t| t.release).any(|r| {
        releases::version_key(r)
            .first()
            .is_some_and(|major| *major < 21)
    });
    let opts = realtime::Options { chan_sip, ..*opts };
    let files = realtime::asterisk_config(&tables, &s.url, &opts)?;
    ctx.doc.extra.push((
        "files",
        json!(files
            .iter()
            .map(|f| json!({ "path": f.path, "name": f.name(), "contents": f.contents }))
            .collect::<Vec<_>>()),
    ));
    if opts.backend == Backend::Sqlite3 {
        ctx.doc
            .extra
            .push(("limits", json!(realtime::SQLITE3_LIMITS)));
    }
    let Some(dir) = dir else {
        if style.text() {
            emit(realtime::render(&files).as_bytes());
        }
        return Ok(0);
    };
    if !force {
        let there: Vec<String> = files
            .iter()
            .map(|f| dir.join(f.name()))
            .filter(|p| p.exists())
            .map(|p| p.display().to_string())
            .collect();
        if !there.is_empty() {
            return Err(Error::Config(format!(
                "{} already exist(s) in {}; nothing was written (--force replaces them)",
                there.join(", "),
                dir.display()
            )));
        }
    }
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::Io(format!("cannot create {}: {e}", dir.display())))?;
    let mut written = Vec::new();
    for f in &files {
        let p = dir.join(f.name());
        std::fs::write(&p, &f.contents)
            .map_err(|e| Error::Io(format!("cannot write {}: {e}", p.display())))?;
        if style.chatty() {
            say!("wrote {} (for {})", p.display(), f.path);
        }
        written.push(p.display().to_string());
    }
    ctx.doc.extra.push(("written", json!(written)));
    Ok(0)
}

pub fn lint(ctx: &mut Ctx<'_>, fix: bool, sql: bool, backend: Backend) -> Result<i32, Error> {
    let (g, style) = (ctx.g, ctx.style);
    let s = settings(g)?;
    if backend == Backend::Sqlite3 && s.url.dialect != Dialect::Sqlite {
        return Err(Error::Config(format!(
            "--backend sqlite3 is res_config_sqlite3, for SQLite databases; {} is {}",
            s.url, s.url.dialect
        )));
    }
    let mut conn = open(g, &s, style, Access::Read)?;
    let d = conn.dialect();
    let model = lint::config_schema(conn.as_mut())?;
    ctx.doc.extra.push(("backend", json!(backend.module())));
    let mut linted = lint::lint(conn.as_mut(), &model, backend)?;
    let mut findings = std::mem::take(&mut linted.findings);
    if fix {
        let fixes = lint::escape_fixes(d, &findings, conn.as_mut())?;
        if sql {
            let mut w = Script::new(d);
            if !fixes.is_empty() {
                w.begin();
                for f in &fixes {
                    w.stmt(&f.sql);
                }
                w.commit();
            }
            write_script(&w.finish(), None)?;
            return Ok(0);
        }
        // Data only: one transaction on every database.
        let updates: Vec<Booked> = fixes.iter().map(|f| Booked::any(f.sql.clone())).collect();
        if !updates.is_empty() {
            run_unit(
                conn.as_mut(),
                &[],
                &mut || updates.clone(),
                None,
                &mut |_| {},
            )
            .map_err(|f| {
                Error::Migration(format!(
                    "cannot rewrite the escapes ({}); nothing was changed",
                    f.error
                ))
            })?;
        }
        ctx.doc.extra.push((
            "fixed",
            json!(fixes.iter().map(|f| f.line.clone()).collect::<Vec<_>>()),
        ));
        if style.chatty() {
            for f in &fixes {
                say!("fixed {}", f.line);
            }
        }
        linted = lint::lint(conn.as_mut(), &model, backend)?;
        findings = std::mem::take(&mut linted.findings);
    }
    ctx.doc.extra.push((
        "findings",
        json!(findings
            .iter()
            .map(|f| json!({ "level": f.level.name(), "table": f.table, "id": f.id, "column": f.column, "message": f.message }))
            .collect::<Vec<_>>()),
    ));
    let errors = findings
        .iter()
        .filter(|f| f.level == lint::Level::Error)
        .count();
    ctx.doc.extra.push((
        "checked",
        json!({ "rows": linted.rows, "tables": linted.tables }),
    ));
    if style.chatty() {
        for f in &findings {
            say!("{f}");
        }
        let count = |l: lint::Level| findings.iter().filter(|f| f.level == l).count();
        say!(
            "lint: {} row(s) in {} ps_* table(s) checked: {errors} error(s), {} warning(s), {} note(s)",
            linted.rows,
            linted.tables,
            count(lint::Level::Warning),
            count(lint::Level::Note)
        );
    }
    if errors > 0 {
        return Err(Error::Lint(format!("{errors} error(s) in the ps_* rows")));
    }
    Ok(0)
}

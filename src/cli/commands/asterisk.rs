//! `asterisk-config` and `lint`: the companion commands for Asterisk itself.

use serde_json::json;

use crate::asterisk::{lint, realtime};
use crate::cli::commands::Ctx;
use crate::cli::output::{emit, write_script};
use crate::cli::settings::{open, settings};
use crate::db::unit::{run_unit, Booked};
use crate::db::version as state;
use crate::definitions::revision::Tree;
use crate::engine::script::Script;
use crate::engine::shape::live_model;
use crate::error::Error;
use crate::say;

pub fn asterisk_config(ctx: &mut Ctx<'_>, odbc_name: &str) -> Result<i32, Error> {
    let s = settings(ctx.g)?;
    let mut conn = open(ctx.g, &s, ctx.style, true)?;
    let tables = state::list_tables(conn.as_mut())?;
    emit(realtime::asterisk_config(&tables, &s.url, odbc_name).as_bytes());
    Ok(0)
}

pub fn lint(ctx: &mut Ctx<'_>, fix: bool, sql: bool) -> Result<i32, Error> {
    let (g, style) = (ctx.g, ctx.style);
    let s = settings(g)?;
    let t = Tree::named("config")?;
    let mut conn = open(g, &s, style, true)?;
    let d = conn.dialect();
    let st = state::read(conn.as_mut(), &t)?;
    let model = live_model(conn.as_mut(), &t, st.position)?;
    let mut findings = lint::lint(conn.as_mut(), &model)?;
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
        findings = lint::lint(conn.as_mut(), &model)?;
    }
    ctx.doc.extra.push((
        "findings",
        json!(findings
            .iter()
            .map(|f| json!({ "level": f.level.name(), "table": f.table, "id": f.id, "column": f.column, "message": f.message }))
            .collect::<Vec<_>>()),
    ));
    if style.chatty() {
        for f in &findings {
            say!("{f}");
        }
    }
    let errors = findings
        .iter()
        .filter(|f| f.level == lint::Level::Error)
        .count();
    if errors > 0 {
        return Err(Error::Lint(format!("{errors} error(s) in the ps_* rows")));
    }
    Ok(0)
}

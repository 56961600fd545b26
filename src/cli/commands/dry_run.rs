//! `upgrade --dry-run` and `downgrade --dry-run`: the SQL a run would execute on
//! this database, nothing run.

use serde_json::json;

use crate::cli::commands::Ctx;
use crate::cli::output::emit;
use std::path::Path;

use crate::cli::settings::{
    check_all_target, check_default, check_tree_choice, describe_pos, open, settings, Access,
};
use crate::db::driver;
use crate::db::history::Method;
use crate::definitions::dialect::Dialect;
use crate::engine::dry_run::dry_run;
use crate::engine::plan::Direction;
use crate::engine::script::Script;
use crate::error::Error;

pub fn run(ctx: &mut Ctx<'_>, dir: Direction, target: &str, replay: bool) -> Result<i32, Error> {
    let (g, style) = (ctx.g, ctx.style);
    let s = settings(g)?;
    check_all_target(&s, target)?;
    // A SQLite file that does not exist yet is an empty database: plan against an
    // empty one in memory rather than create the file.
    let mut conn = match (s.url.dialect, &s.url.database) {
        (Dialect::Sqlite, Some(p)) if !Path::new(p).exists() => {
            check_default(g, &s, style)?;
            let mut empty = s.url.clone();
            empty.database = None;
            driver::connect(&empty)?
        }
        _ => open(g, &s, style, Access::Read)?,
    };
    check_tree_choice(conn.as_mut(), &s)?;
    let d = conn.dialect();
    let mut head = Script::new(d);
    head.comment(&format!(
        "ast-schema {} {target} --dry-run on {}: nothing below has run",
        dir.name(),
        s.url
    ));
    let mut all = head.finish();
    for t in &s.trees {
        let r = dry_run(conn.as_mut(), t, dir, target, replay, g.allow_data_loss)?;
        let sql = r.script.finish();
        ctx.doc.trees.push(json!({
            "tree": t.name,
            "before": r.from,
            "after": if r.to == 0 { None } else { Some(t.at(r.to).id) },
            "method": r.method.map_or("none", |m| m.name()),
            "revisions": r.revisions,
            "sql": sql,
        }));
        if style.chatty() {
            crate::err_line!(
                "{}: {} revision(s) to {} ({})",
                t.name,
                r.revisions.len(),
                describe_pos(t, r.to),
                match r.method {
                    Some(Method::FastPath) => "built at once",
                    Some(Method::Reconcile) => "reconciled first, then revision by revision",
                    Some(Method::Replay | Method::Stamp) => "revision by revision",
                    None => "nothing to do",
                }
            );
        }
        all.push_str(&sql);
    }
    if style.text() {
        emit(all.as_bytes());
    }
    Ok(0)
}

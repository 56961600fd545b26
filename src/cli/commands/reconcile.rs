//! `reconcile`: move a database onto another chain at the same revision.

use serde_json::json;

use crate::cli::commands::Ctx;
use crate::cli::output::{self, write_script, Progress};
use crate::cli::settings::{check_tree_choice, open, seconds, settings, Access};
use crate::db::driver::Connection;
use crate::db::lock;
use crate::db::version as state;
use crate::definitions::revision::Tree;
use crate::engine::reconcile::{apply_reconcile, check_before, plan_reconcile};
use crate::engine::resume::settle_before_reconcile;
use crate::engine::script::reconcile_script;
use crate::error::Error;
use crate::say;

pub fn run(ctx: &mut Ctx<'_>, sql: bool) -> Result<i32, Error> {
    let (g, style) = (ctx.g, ctx.style);
    let s = settings(g)?;
    let mut conn = open(g, &s, style, Access::Read)?;
    check_tree_choice(conn.as_mut(), &s)?;
    let d = conn.dialect();
    let lock_timeout = seconds("--lock-timeout", g.lock_timeout)?;
    for t in &s.trees {
        let master = Tree::named(t.name)?;
        if state::version_id(conn.as_mut(), &master)?.1.is_none() {
            if style.chatty() {
                say!("{}: at base; nothing to reconcile", t.name);
            }
            continue;
        }
        let mut work = |conn: &mut dyn Connection| -> Result<(), Error> {
            if !sql {
                if let Some(note) = settle_before_reconcile(conn, t, &mut Progress::new(style))? {
                    if style.chatty() {
                        say!("{}: {note}", t.name);
                    }
                    ctx.doc.extra.push(("recovered", json!(note)));
                }
            }
            let r = plan_reconcile(conn, t)?;
            let target = t.at(r.to_pos).id;
            let onto = match t.release {
                Some(rel) => format!("Asterisk {rel}'s scripts"),
                None => "Asterisk's main branch".to_string(),
            };
            let from = if r.from.master {
                "Asterisk's main branch".to_string()
            } else {
                format!("Asterisk {}'s scripts", r.from.tree.release.unwrap_or("?"))
            };
            if sql {
                let header = format!(
                    "ast-schema reconcile: {} at {} as built by {from}, onto {onto} at {target}",
                    t.name, r.from_id
                );
                write_script(&reconcile_script(d, &r, &header).finish(), None)?;
                return Ok(());
            }
            if r.ops.is_empty() && r.from_id == target {
                ctx.doc.trees.push(
                    json!({ "tree": t.name, "revision": target, "changes": [], "noop": true }),
                );
                if style.chatty() {
                    say!("{}: already on {onto} at {target}; nothing to do", t.name);
                }
                return Ok(());
            }
            check_before(conn, &r, g.allow_data_loss, false)?;
            let elapsed = apply_reconcile(conn, &r, None, &mut Progress::new(style))?;
            let changes: Vec<String> = r.ops.iter().map(|o| o.describe()).collect();
            ctx.doc.trees.push(json!({ "tree": t.name, "before": r.from_id, "after": target, "changes": changes, "noop": false, "ms": elapsed.as_secs_f64() * 1e3 }));
            if style.chatty() {
                for c in &changes {
                    say!("  {c}");
                }
                say!(
                    "{}: reconciled {} (built by {from}) onto {onto} at {target}: {} change(s) in {}",
                    t.name,
                    r.from_id,
                    changes.len(),
                    output::human(elapsed)
                );
            }
            Ok(())
        };
        if sql {
            work(conn.as_mut())?;
        } else {
            let name = t.name;
            let quiet = style.quiet;
            let mut on_wait = || {
                if !quiet {
                    crate::err_line!(
                        "note: another ast-schema is working on tree {name}; waiting for it to finish"
                    );
                }
            };
            lock::with_lock(conn.as_mut(), name, lock_timeout, &mut on_wait, work)?;
        }
    }
    Ok(0)
}

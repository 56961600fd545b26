//! `upgrade` and `downgrade`, online or as `--sql`.

use serde_json::json;

use crate::cli::args::OfflineOpts;
use crate::cli::commands::Ctx;
use crate::cli::output::{self, human, write_script, Progress};
use crate::cli::settings::{
    check_all_target, check_tree_choice, describe_pos, offline_dialect, open, seconds, settings,
    Access, Settings,
};
use crate::db::driver::Connection;
use crate::db::history::Method;
use crate::db::version as state;
use crate::definitions::revision::Tree;
use crate::engine::migrate::{self, Request};
use crate::engine::plan::{check_direction, plan, plan_from, Direction};
use crate::engine::script::{plan_script, Script, ScriptTransactions};
use crate::engine::shape::live_model;
use crate::engine::status::ahead_note;
use crate::error::Error;
use crate::say;

pub fn run(
    ctx: &mut Ctx<'_>,
    dir: Direction,
    target: &str,
    replay: bool,
    offline: &OfflineOpts,
) -> Result<i32, Error> {
    let g = ctx.g;
    let style = ctx.style;
    let s = settings(g)?;
    check_all_target(&s, target)?;
    if offline.sql {
        // `current:head` reads where the database is (and nothing else).
        let mut conn = match target.split_once(':') {
            Some(("current", _)) => {
                let mut c = open(g, &s, style, Access::Read)?;
                check_tree_choice(c.as_mut(), &s)?;
                Some(c)
            }
            _ => None,
        };
        let d = match &conn {
            Some(c) => c.dialect(),
            None => offline_dialect(g, &s)?,
        };
        let mut all = Script::new(d);
        for t in &s.trees {
            let (from, to) = match target.split_once(':') {
                Some((a, b)) => {
                    let from = match conn.as_mut() {
                        Some(c) => state::read(c.as_mut(), t)?.position,
                        None => t.resolve(a, 0)?,
                    };
                    (from, t.resolve(b, from)?)
                }
                None if dir == Direction::Upgrade => (0, t.resolve(target, 0)?),
                None => {
                    return Err(Error::UnknownRevision(format!(
                        "downgrade --sql needs a range FROM:TO (e.g. head:base), got {target:?}"
                    )))
                }
            };
            check_direction(t, dir, from, to)?;
            let p = match conn.as_mut() {
                Some(c) => plan_from(t, d, from, to, live_model(c.as_mut(), t, from)?)?,
                None => plan(t, d, from, to)?,
            };
            let tx = if offline.single_transaction {
                ScriptTransactions::Whole
            } else {
                ScriptTransactions::PerRevision
            };
            if s.all {
                all.comment(&format!("ast-schema: tree {}", t.name));
            }
            all.push(plan_script(&p, tx)?);
        }
        write_script(&all.finish(), offline.output.as_deref())?;
        return Ok(0);
    }
    if target.contains(':') {
        return Err(Error::UnknownRevision(format!(
            "a range like {target:?} is only for --sql"
        )));
    }
    let mut conn = open(g, &s, style, Access::Change)?;
    check_tree_choice(conn.as_mut(), &s)?;
    ctx.doc
        .extra
        .push(("dialect", json!(conn.dialect().name())));
    ctx.doc.extra.push(("url", json!(s.url.to_string())));
    let lock_timeout = seconds("--lock-timeout", g.lock_timeout)?;
    let mut lock_waits = Vec::new();
    for t in &s.trees {
        if let Some(signal) = crate::interrupt::requested() {
            let msg = format!(
                "stopped by {} before tree {}, which was not touched; the trees before it are done",
                crate::interrupt::name(signal),
                t.name
            );
            return Err(Error::Stopped { signal, msg });
        }
        let req = Request {
            direction: dir,
            target,
            lock_timeout,
            replay,
            allow_data_loss: g.allow_data_loss,
        };
        let mut progress = Progress::new(style);
        let out = migrate::migrate(conn.as_mut(), t, &req, &mut progress);
        if !progress.lock_waits.is_empty() {
            for w in &mut progress.lock_waits {
                w["tree"] = json!(t.name);
            }
            lock_waits.append(&mut progress.lock_waits);
            ctx.doc.extra.retain(|(k, _)| *k != "lock_waits");
            ctx.doc.extra.push(("lock_waits", json!(lock_waits)));
        }
        drop(progress);
        let out = out?;
        ctx.doc.trees.push(output::outcome_json(&out));
        if style.chatty() {
            if let Some(r) = &out.recovered {
                say!("{}: {r}", t.name);
            }
            if out.steps.is_empty() && out.reconciled.is_empty() && out.recovered.is_some() {
                say!("{}: now at {}", t.name, describe_pos(t, out.to));
            } else if out.steps.is_empty() && out.reconciled.is_empty() {
                say!(
                    "{}: already at {}; nothing to do",
                    t.name,
                    describe_pos(t, out.to)
                );
            } else {
                say!(
                    "{}: now at {} ({} revision(s){} in {})",
                    t.name,
                    describe_pos(t, out.to),
                    out.steps.len(),
                    if out.method == Some(Method::FastPath) {
                        ", built at once"
                    } else {
                        ""
                    },
                    human(out.elapsed)
                );
            }
        }
        // Said once, by the run that takes the database there; `status` and
        // `current` say it after (a no-op run stays quiet).
        if !style.quiet && !out.steps.is_empty() {
            if let Some(n) = ahead(conn.as_mut(), t, &s)? {
                crate::err_line!("note: {}: {n}", t.name);
            }
        }
    }
    Ok(0)
}

/// The note for a tree left newer than every released Asterisk (only when following
/// ast-schema's own revisions: a release's chain never goes there).
fn ahead(conn: &mut dyn Connection, t: &Tree, s: &Settings) -> Result<Option<String>, Error> {
    if t.release.is_some() || !s.recognised.is_empty() {
        return Ok(None);
    }
    let master = Tree::named(t.name)?;
    match state::version_id(conn, &master)?.1 {
        Some(id) => ahead_note(&master, &id),
        None => Ok(None),
    }
}

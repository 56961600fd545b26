//! `upgrade` and `downgrade`, online or as `--sql`.

use serde_json::json;

use crate::cli::args::OfflineOpts;
use crate::cli::commands::Ctx;
use crate::cli::output::{self, human, write_script, Progress};
use crate::cli::settings::{
    check_all_target, describe_pos, offline_dialect, open, seconds, settings,
};
use crate::db::history::Method;
use crate::engine::migrate::{self, Request};
use crate::engine::plan::{check_direction, plan, Direction};
use crate::engine::script::{plan_script, Script, ScriptTransactions};
use crate::error::Error;
use crate::say;

/// `downgrade`'s target: the one given, or with `--asterisk` the release's head.
pub fn downgrade_target<'a>(
    target: &'a Option<String>,
    asterisk: &Option<String>,
) -> Result<&'a str, Error> {
    match (target, asterisk) {
        (Some(t), _) => Ok(t.as_str()),
        (None, Some(_)) => Ok("head"),
        (None, None) => Err(Error::UnknownRevision(
            "downgrade needs a target (a revision, -N or base)".into(),
        )),
    }
}

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
        let d = offline_dialect(g, &s)?;
        let mut all = Script::new(d);
        for t in &s.trees {
            let (from, to) = match target.split_once(':') {
                Some((a, b)) => {
                    let from = t.resolve(a, 0)?;
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
            let p = plan(t, d, from, to)?;
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
    let mut conn = open(g, &s, style, false)?;
    ctx.doc
        .extra
        .push(("dialect", json!(conn.dialect().name())));
    ctx.doc.extra.push(("url", json!(s.url.to_string())));
    let lock_timeout = seconds("--lock-timeout", g.lock_timeout)?;
    for t in &s.trees {
        let req = Request {
            direction: dir,
            target,
            lock_timeout,
            replay,
            allow_data_loss: g.allow_data_loss,
        };
        let mut progress = Progress::new(style);
        let out = migrate::migrate(conn.as_mut(), t, &req, &mut progress)?;
        drop(progress);
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
                        " by the fast path"
                    } else {
                        ""
                    },
                    human(out.elapsed)
                );
            }
        }
    }
    Ok(0)
}

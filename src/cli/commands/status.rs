//! `status` (alias `info`): where the database stands, per tree, in one look.

use serde_json::json;

use crate::cli::commands::Ctx;
use crate::cli::settings::{check_tree_choice, head_word, open, prefix, settings, Access};
use crate::definitions::releases;
use crate::engine::status::status;
use crate::error::Error;
use crate::say;

/// The exit status of `status --exit-code` when revisions are pending.
pub const PENDING: i32 = 26;

pub fn run(ctx: &mut Ctx<'_>, exit_code: bool) -> Result<i32, Error> {
    let (g, style) = (ctx.g, ctx.style);
    let s = settings(g)?;
    let mut conn = open(g, &s, style, Access::Read)?;
    check_tree_choice(conn.as_mut(), &s)?;
    let mut pending_total = 0;
    for t in &s.trees {
        let st = status(conn.as_mut(), t, "head")?;
        pending_total += st.pending.len();
        let drift = st.drift.as_ref().map(|d| !d.is_empty());
        ctx.doc.trees.push(json!({
            "tree": t.name,
            "revision": st.revision,
            "target": t.head().map(|h| h.id),
            "following": t.release,
            "on_chain": st.position.is_some(),
            "releases": st.releases,
            "note": st.note,
            "differences": st.differences,
            "ahead_of_releases": st.ahead.is_some(),
            "pending": st.pending.iter().map(|(r, m)| json!({ "revision": r, "message": m })).collect::<Vec<_>>(),
            "last_applied": st.last.as_ref().map(|a| json!({
                "revision": a.revision, "action": a.action, "from": a.from, "to": a.to,
                "method": a.method, "applied_at": a.applied_at, "tool_version": a.tool_version,
            })),
            "drift": drift,
            "differences": st.drift.clone().unwrap_or_default(),
            "extras": st.extras,
        }));
        if !style.chatty() {
            continue;
        }
        let p = prefix(t, s.all);
        say!("{p}tree:        {}", t.name);
        say!(
            "{p}revision:    {}",
            st.revision.as_deref().unwrap_or("base (nothing applied)")
        );
        let matches = if st.releases.is_empty() {
            "no release ends exactly here".to_string()
        } else {
            format!("Asterisk {}", releases::compact(&st.releases)?)
        };
        say!("{p}schema of:   {matches}");
        if let Some(n) = &st.note {
            say!("{p}             {n}");
        }
        if ctx.style.verbose {
            for x in &st.differences {
                say!("{p}               {x}");
            }
        }
        if let Some(n) = &st.ahead {
            say!("{p}             {n}");
        }
        let target = head_word(t);
        match st.position {
            None => say!(
                "{p}pending:     unknown: the database's revision is not among the scripts of Asterisk {}",
                t.release.unwrap_or("?")
            ),
            Some(_) if st.pending.is_empty() => say!("{p}pending:     none (at {target})"),
            Some(_) => {
                say!(
                    "{p}pending:     {} revision(s) to {target} ({})",
                    st.pending.len(),
                    t.head().map_or("base", |h| h.id)
                );
                for (r, m) in &st.pending {
                    say!("{p}               {r}  {m}");
                }
            }
        }
        match &st.last {
            Some(a) => say!(
                "{p}last change: {} {} -> {} ({}) at {} by ast-schema {}",
                a.action,
                a.from.as_deref().unwrap_or("base"),
                a.to.as_deref().unwrap_or("base"),
                a.method,
                a.applied_at,
                a.tool_version
            ),
            None => {
                say!("{p}last change: none recorded by ast-schema (no ast_schema_history rows)")
            }
        }
        match &st.drift {
            None => say!("{p}drift:       not checked"),
            Some(d) if d.is_empty() && st.extras.is_empty() => {
                say!("{p}drift:       no (the schema matches its revision)")
            }
            Some(d) if d.is_empty() => say!(
                "{p}drift:       no (the schema matches its revision; {} object(s) no revision made are kept as they are, `ast-schema verify` lists them)",
                st.extras.len()
            ),
            Some(d) => say!(
                "{p}drift:       yes, {} difference(s) (`ast-schema verify` lists them)",
                d.len()
            ),
        }
    }
    Ok(if exit_code && pending_total > 0 {
        PENDING
    } else {
        0
    })
}

//! `current`: the database's revision per tree, and which releases' schema it has.

use serde_json::json;

use crate::cli::commands::Ctx;
use crate::cli::settings::{check_tree_choice, head_word, open, prefix, settings, Access};
use crate::db::version as state;
use crate::definitions::releases;
use crate::definitions::revision::Tree;
use crate::engine::shape::release_match;
use crate::engine::status::ahead_note;
use crate::error::Error;
use crate::say;

pub fn run(ctx: &mut Ctx<'_>) -> Result<i32, Error> {
    let (g, style) = (ctx.g, ctx.style);
    let s = settings(g)?;
    let mut conn = open(g, &s, style, Access::Read)?;
    check_tree_choice(conn.as_mut(), &s)?;
    let known = !releases::all()?.is_empty();
    for t in &s.trees {
        let master = Tree::named(t.name)?;
        let (st, id) = state::version_id(conn.as_mut(), &master)?;
        let legacy = st.source == state::VersionSource::Legacy;
        // The newest of what is followed: a release's scripts, or ast-schema's own.
        let at_head = id.as_deref() == t.head().map(|h| h.id);
        let mut entry = json!({
            "tree": t.name,
            "revision": id,
            "head": t.head().map(|h| h.id),
            "following": t.release,
            "at_head": at_head,
            "legacy_table": legacy,
        });
        let mut lines = vec![format!(
            "{}{}{}{}",
            prefix(t, s.all),
            id.as_deref().unwrap_or("base"),
            if at_head {
                format!(" ({})", head_word(t))
            } else {
                String::new()
            },
            if legacy {
                " (in the legacy alembic_version table)"
            } else {
                ""
            }
        )];
        if let (Some(id), true) = (&id, known) {
            let m = release_match(conn.as_mut(), &master, id)?;
            entry["releases"] = json!(m.releases);
            entry["master_line"] = json!(m.master_line);
            entry["note"] = json!(m.note);
            entry["differences"] = json!(m.differences);
            if !m.releases.is_empty() {
                lines.push(format!(
                    "  schema of Asterisk {}",
                    releases::compact(&m.releases)?
                ));
            } else if m.master_line {
                lines.push(
                    "  schema of Asterisk's main branch (no release ends at this revision)".into(),
                );
            }
            if let Some(n) = m.note {
                lines.push(format!("  {n}"));
            }
            if style.verbose {
                lines.extend(m.differences.iter().map(|x| format!("    {x}")));
            }
            if t.release.is_none() && s.recognised.is_empty() {
                if let Some(n) = ahead_note(&master, id)? {
                    entry["ahead_of_releases"] = json!(true);
                    lines.push(format!("  {n}"));
                }
            }
        }
        ctx.doc.trees.push(entry);
        if style.chatty() {
            for l in lines {
                say!("{l}");
            }
        }
    }
    Ok(0)
}

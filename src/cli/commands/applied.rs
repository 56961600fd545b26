//! `history --applied`: what ast-schema recorded in `ast_schema_history`.

use serde_json::json;

use crate::cli::commands::Ctx;
use crate::cli::settings::{check_tree_choice, open, prefix, settings, Access};
use crate::engine::status::applied;
use crate::error::Error;
use crate::say;

pub fn run(ctx: &mut Ctx<'_>) -> Result<i32, Error> {
    let (g, style) = (ctx.g, ctx.style);
    let s = settings(g)?;
    let mut conn = open(g, &s, style, Access::Read)?;
    check_tree_choice(conn.as_mut(), &s)?;
    for t in &s.trees {
        let rows = applied(conn.as_mut(), Some(t.name))?;
        ctx.doc.trees.push(json!({
            "tree": t.name,
            "applied": rows.iter().map(|a| json!({
                "revision": a.revision, "action": a.action, "from": a.from, "to": a.to,
                "method": a.method, "applied_at": a.applied_at, "ms": a.duration_ms,
                "checksum": a.checksum, "tool_version": a.tool_version,
            })).collect::<Vec<_>>(),
        }));
        if !style.chatty() {
            continue;
        }
        if rows.is_empty() {
            say!("{}nothing recorded in ast_schema_history", prefix(t, s.all));
        }
        for a in &rows {
            say!(
                "{}{}  {:<9} {} -> {}  {} ({} ms, ast-schema {})",
                prefix(t, s.all),
                a.applied_at,
                a.action,
                a.from.as_deref().unwrap_or("base"),
                a.to.as_deref().unwrap_or("base"),
                a.method,
                a.duration_ms,
                a.tool_version
            );
        }
    }
    Ok(0)
}

//! `revision -m MESSAGE`: a new site revision file, as `alembic revision` writes one.

use serde_json::json;

use crate::cli::commands::Ctx;
use crate::cli::settings::settings;
use crate::engine::site;
use crate::error::Error;
use crate::say;

pub fn run(ctx: &mut Ctx<'_>, message: &str) -> Result<i32, Error> {
    let Some(dir) = &ctx.g.migrations else {
        return Err(Error::Config(
            "revision writes into the site's migrations folder: give --migrations DIR".into(),
        ));
    };
    // The first revision makes the folder.
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::Io(format!("cannot create {}: {e}", dir.display())))?;
    let s = settings(ctx.g)?;
    let [t] = s.trees.as_slice() else {
        return Err(Error::Config(
            "revision writes one tree's file: give --tree config, cdr, voicemail or queue_log"
                .into(),
        ));
    };
    let (id, path) = site::new_revision(t, dir, message)?;
    let down = t.head().map_or("base", |h| h.id);
    ctx.doc.trees.push(json!({
        "tree": t.name,
        "revision": id,
        "down_revision": t.head().map(|h| h.id),
        "file": path.display().to_string(),
    }));
    if ctx.style.chatty() {
        say!("{}: {id} (revises {down}) in {}", t.name, path.display());
    }
    Ok(0)
}

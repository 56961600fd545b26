//! `import-alembic`: Alembic revision scripts into migration files.

use std::path::Path;

use crate::alembic;
use crate::cli::commands::Ctx;
use crate::cli::output::emit;
use crate::error::Error;
use crate::say;

/// One script to stdout, or a folder's trees listed (and written with `--out`).
pub fn run(ctx: &mut Ctx<'_>, path: &Path, out: Option<&Path>) -> Result<i32, Error> {
    let io = |p: &Path, e: std::io::Error| Error::Io(format!("{}: {e}", p.display()));
    if path.is_file() {
        let text = std::fs::read_to_string(path).map_err(|e| io(path, e))?;
        let m = alembic::import_script(&path.display().to_string(), &text)?;
        emit(alembic::to_toml(&m).as_bytes());
        return Ok(0);
    }
    let trees = alembic::import_dir(path)?;
    if trees.is_empty() {
        return Err(Error::Config(format!(
            "{}: no <tree>/versions folder (config, cdr, voicemail, queue_log)",
            path.display()
        )));
    }
    for (tree, migrations) in &trees {
        if let Some(dir) = out {
            let d = dir.join(tree);
            std::fs::create_dir_all(&d).map_err(|e| io(&d, e))?;
            for (_, m) in migrations {
                let f = d.join(format!("{}.toml", m.revision));
                std::fs::write(&f, alembic::to_toml(m)).map_err(|e| io(&f, e))?;
            }
        }
        if ctx.style.chatty() {
            for (file, m) in migrations {
                say!(
                    "{tree} {} <- {} {file}: {} upgrade, {} downgrade steps",
                    m.revision,
                    m.down_revision.as_deref().unwrap_or("base"),
                    m.upgrade.len(),
                    m.downgrade.len()
                );
            }
        }
    }
    Ok(0)
}

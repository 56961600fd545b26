//! `stamp`: write the version table without running anything, online or `--sql`.

use crate::cli::args::OfflineOpts;
use crate::cli::commands::Ctx;
use crate::cli::output::{self, write_script, Progress};
use crate::cli::settings::{
    check_all_target, check_tree_choice, describe_pos, offline_dialect, open, seconds, settings,
    Access,
};
use crate::engine::migrate;
use crate::engine::script::{stamp_script, Script};
use crate::error::Error;
use crate::say;

pub fn run(ctx: &mut Ctx<'_>, target: &str, offline: &OfflineOpts) -> Result<i32, Error> {
    let g = ctx.g;
    let s = settings(g)?;
    check_all_target(&s, target)?;
    if offline.sql {
        let d = offline_dialect(g, &s)?;
        let mut all = Script::new(d);
        for t in &s.trees {
            let (from, to) = match target.split_once(':') {
                Some((a, b)) => (t.resolve(a, 0)?, t.resolve(b, 0)?),
                None => (0, t.resolve(target, 0)?),
            };
            all.push(stamp_script(d, t, from, to));
        }
        write_script(&all.finish(), offline.output.as_deref())?;
        return Ok(0);
    }
    let mut conn = open(g, &s, ctx.style, Access::Change)?;
    check_tree_choice(conn.as_mut(), &s)?;
    let lock_timeout = seconds("--lock-timeout", g.lock_timeout)?;
    for t in &s.trees {
        let mut progress = Progress::new(ctx.style);
        let out = migrate::stamp(conn.as_mut(), t, target, lock_timeout, &mut progress)?;
        ctx.doc.trees.push(output::outcome_json(&out));
        if ctx.style.chatty() {
            if let Some(r) = &out.recovered {
                say!("{}: {r}", t.name);
            }
            say!("{}: stamped {}", t.name, describe_pos(t, out.to));
        }
    }
    Ok(0)
}

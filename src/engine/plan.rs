//! Pure planning: from "tree T, position A to B, on dialect D" to rendered steps.
//!
//! The schema model is folded from base so every operation is rendered against the
//! schema it will meet; nothing here touches a database, so a bad migration is
//! found before anything runs. Positions count revisions applied: 0 is base.

use crate::definitions::dialect::Dialect;
use crate::definitions::ops::Op;
use crate::definitions::releases::Lineage;
use crate::definitions::revision::Tree;
use crate::error::Error;
use crate::model::Schema;

/// Which way a step moves the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Upgrade,
    Downgrade,
}

impl Direction {
    pub fn name(self) -> &'static str {
        match self {
            Direction::Upgrade => "upgrade",
            Direction::Downgrade => "downgrade",
        }
    }
}

/// One revision's worth of work.
#[derive(Debug, Clone)]
pub struct PlannedStep {
    pub direction: Direction,
    /// The revision being applied or reverted.
    pub revision: &'static str,
    pub message: &'static str,
    /// Revision ids before and after the step (`None` = base).
    pub from: Option<&'static str>,
    pub to: Option<&'static str>,
    pub statements: Vec<String>,
}

impl PlannedStep {
    /// `upgrade a -> b`, as messages name a step.
    pub fn label(&self) -> String {
        format!(
            "{} {} -> {}",
            self.direction.name(),
            self.from.unwrap_or("base"),
            self.to.unwrap_or("base")
        )
    }
}

/// The steps from one position to another, in order.
#[derive(Debug, Clone)]
pub struct Plan {
    pub tree: Tree,
    pub dialect: Dialect,
    pub from: usize,
    pub to: usize,
    pub steps: Vec<PlannedStep>,
}

/// The revision id at `pos`, `None` for base.
pub fn id_at(tree: &Tree, pos: usize) -> Option<&'static str> {
    (pos > 0).then(|| tree.at(pos).id)
}

/// The schema model at `pos` when the database got there by upgrading, folded
/// from base.
pub fn model_at(tree: &Tree, dialect: Dialect, pos: usize) -> Result<Schema, Error> {
    let mut schema = Schema::default();
    for p in 1..=pos {
        fold_revision(tree, dialect, p, Direction::Upgrade, &mut schema)?;
    }
    Ok(schema)
}

/// Folds revision `p`'s upgrade or downgrade operations into `schema`.
pub fn fold_revision(
    tree: &Tree,
    dialect: Dialect,
    p: usize,
    dir: Direction,
    schema: &mut Schema,
) -> Result<(), Error> {
    let m = tree.migration(p)?;
    let ops = if dir == Direction::Upgrade {
        &m.upgrade
    } else {
        &m.downgrade
    };
    for (i, step) in ops
        .iter()
        .enumerate()
        .filter(|(_, s)| s.applies_to(dialect))
    {
        schema
            .apply(&step.op, dialect)
            .map_err(|e| step_error(tree, p, dir, i, &step.op.describe(), &e))?;
    }
    Ok(())
}

fn step_error(tree: &Tree, pos: usize, dir: Direction, i: usize, what: &str, e: &str) -> Error {
    let r = tree.at(pos);
    r.invalid(format!(
        "{}: {} step {} ({what}): {e}",
        r.file,
        dir.name(),
        i + 1
    ))
}

fn broken_downgrade(tree: &Tree, pos: usize, d: Dialect, reason: &str) -> Error {
    let r = tree.at(pos);
    let release = tree.release.or(r.variant).unwrap_or("this release");
    Error::BrokenDowngrade(format!(
        "cannot downgrade {} ({}) on {d} as Asterisk {release} ships it: {reason}. \
         Nothing was run; `ast-schema reconcile` moves the database onto Asterisk's main branch, \
         whose downgrade works",
        r.id, r.message
    ))
}

/// Plans the way from `from` to `to` on `dialect`.
pub fn plan(tree: &Tree, dialect: Dialect, from: usize, to: usize) -> Result<Plan, Error> {
    plan_from(tree, dialect, from, to, model_at(tree, dialect, from)?)
}

/// Plans the way from `from`, where the database has `schema`, to `to`.
pub fn plan_from(
    tree: &Tree,
    dialect: Dialect,
    from: usize,
    to: usize,
    mut schema: Schema,
) -> Result<Plan, Error> {
    let mut steps = Vec::new();
    let mut render = |p: usize, dir: Direction, schema: &mut Schema| -> Result<(), Error> {
        let m = tree.migration(p)?;
        if dir == Direction::Downgrade {
            if let Some(reason) = m.downgrade_broken_on(dialect) {
                return Err(broken_downgrade(tree, p, dialect, reason));
            }
        }
        let ops = if dir == Direction::Upgrade {
            &m.upgrade
        } else {
            &m.downgrade
        };
        let (idx, applicable): (Vec<usize>, Vec<&Op>) = ops
            .iter()
            .enumerate()
            .filter(|(_, s)| s.applies_to(dialect))
            .map(|(i, s)| (i, &s.op))
            .unzip();
        let statements = dialect
            .render_ops(&applicable, schema)
            .map_err(|(k, e)| step_error(tree, p, dir, idx[k], &applicable[k].describe(), &e))?;
        let (a, b) = if dir == Direction::Upgrade {
            (p - 1, p)
        } else {
            (p, p - 1)
        };
        let r = tree.at(p);
        steps.push(PlannedStep {
            direction: dir,
            revision: r.id,
            message: r.message,
            from: id_at(tree, a),
            to: id_at(tree, b),
            statements,
        });
        Ok(())
    };
    if to >= from {
        for p in from + 1..=to {
            render(p, Direction::Upgrade, &mut schema)?;
        }
    } else {
        for p in (to + 1..=from).rev() {
            render(p, Direction::Downgrade, &mut schema)?;
        }
    }
    Ok(Plan {
        tree: *tree,
        dialect,
        from,
        to,
        steps,
    })
}

/// Checks that `to` lies in the direction asked for.
pub fn check_direction(t: &Tree, dir: Direction, from: usize, to: usize) -> Result<(), Error> {
    match dir {
        Direction::Upgrade if to < from => Err(Error::OutOfRange(format!(
            "{} is below the current revision {}; use downgrade",
            t.label(to),
            t.label(from)
        ))),
        Direction::Downgrade if to > from => Err(Error::OutOfRange(format!(
            "{} is above the current revision {}; use upgrade",
            t.label(to),
            t.label(from)
        ))),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Tree {
        Tree::named("config").unwrap()
    }

    #[test]
    fn an_upgrade_plan_has_one_step_per_revision_linking_ids() {
        let t = config();
        let p = plan(&t, Dialect::Mysql, 0, 3).unwrap();
        assert_eq!(p.steps.len(), 3);
        assert_eq!(p.steps[0].from, None);
        assert_eq!(p.steps[0].to, Some(t.at(1).id));
        assert_eq!(p.steps[2].from, Some(t.at(2).id));
        assert!(p.steps.iter().all(|s| s.direction == Direction::Upgrade));
        assert!(p.steps[0].statements[0].starts_with("CREATE TABLE"));
    }

    #[test]
    fn a_downgrade_plan_walks_back_in_reverse() {
        let t = config();
        let p = plan(&t, Dialect::Postgresql, 3, 1).unwrap();
        let revs: Vec<&str> = p.steps.iter().map(|s| s.revision).collect();
        assert_eq!(revs, [t.at(3).id, t.at(2).id]);
        assert_eq!(p.steps[1].to, Some(t.at(1).id));
        assert!(p.steps.iter().all(|s| s.direction == Direction::Downgrade));
    }

    #[test]
    fn the_whole_tree_plans_both_ways_on_every_dialect() {
        for t in Tree::all() {
            for d in Dialect::ALL {
                let up = plan(&t, d, 0, t.len()).unwrap();
                let down = plan(&t, d, t.len(), 0).unwrap();
                assert_eq!(up.steps.len(), t.len(), "{} {d}", t.name);
                assert_eq!(down.steps.len(), t.len(), "{} {d}", t.name);
                assert_eq!(model_at(&t, d, 0).unwrap(), Schema::default());
            }
        }
    }

    #[test]
    fn a_plan_to_the_same_position_is_empty_and_direction_is_checked() {
        let t = config();
        assert!(plan(&t, Dialect::Sqlite, 4, 4).unwrap().steps.is_empty());
        assert!(check_direction(&t, Direction::Upgrade, 4, 2).is_err());
        assert!(check_direction(&t, Direction::Downgrade, 2, 4).is_err());
        assert!(check_direction(&t, Direction::Upgrade, 2, 4).is_ok());
    }
}

/// What `reconcile` will do: move the database at `from_id` (built as `from`) onto
/// `to`'s chain at position `to_pos`.
#[derive(Debug, Clone)]
pub struct Reconciliation {
    pub from_id: String,
    /// Where the database stands: master's line, or the releases it was built by.
    pub from: Lineage,
    pub to: Tree,
    pub to_pos: usize,
    /// The schema the changes start from.
    pub from_model: Schema,
    pub ops: Vec<Op>,
    pub statements: Vec<String>,
}

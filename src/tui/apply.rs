//! Applies record-changing actions to the session. Each arm calls the model's own audited method
//! and returns the action that takes the change back (for Ctrl+Z), or a message saying why not.

use super::action::Action;
use crate::i18n::Message;
use crate::model::{Session, Stamp};

pub fn apply(
    session: &mut Session,
    action: Action,
    stamp: &Stamp,
) -> Result<Option<Action>, Message> {
    match action {
        Action::SetHeader { field, value } => {
            let old = session.header.get(field);
            match session.set_header_field(field, &value, stamp) {
                Ok(true) => Ok(Some(Action::SetHeader { field, value: old })),
                Ok(false) => Ok(None),
                Err(e) => Err(e.0),
            }
        }
        Action::Live(op) => op.apply(session, stamp),
        Action::Ballots(op) => op.apply(session, stamp),
        other => {
            debug_assert!(!other.changes_record(), "unhandled change {other:?}");
            Ok(None)
        }
    }
}

//! Reading a template file (JSON): syntax errors by line and column, unknown fields by their
//! path (found against the template's own JSON Schema, so a typo anywhere is caught), then the
//! rules a meeting needs (minutes from 1 to 600, categories present and distinct, valid scales).

use super::Template;
use crate::i18n::{Lang, Message, template as txt};
use crate::model::QuorumRule;
use serde_json::{Map, Value};
use std::collections::HashSet;

/// A template file that cannot be used, with every problem found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .problems.iter().map(|m| m.en.as_str()).collect::<Vec<_>>().join("\n"))]
pub struct TemplateError {
    pub problems: Vec<Message>,
}

impl TemplateError {
    fn one(m: Message) -> TemplateError {
        TemplateError { problems: vec![m] }
    }

    /// A heading line and one line per problem.
    pub fn describe(&self, lang: Lang) -> String {
        let mut out = txt::problems(self.problems.len()).get(lang).to_string();
        for p in &self.problems {
            out.push_str("\n  ");
            out.push_str(p.get(lang));
        }
        out
    }
}

impl Template {
    /// Reads a template from JSON text, refusing unknown fields and values a meeting cannot use.
    pub fn load_json(text: &str) -> Result<Template, TemplateError> {
        let value: Value = serde_json::from_str(text).map_err(|e| syntax(&e))?;
        let schema = Template::json_schema();
        let mut problems = Vec::new();
        unknown_fields(&value, &schema, &schema, "", &mut problems);
        if !problems.is_empty() {
            return Err(TemplateError { problems });
        }
        let template: Template = serde_json::from_str(text).map_err(|e| syntax(&e))?;
        template.check()?;
        Ok(template)
    }

    /// The template as the JSON a file holds (what `templates/default.*.json` ship).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// The JSON Schema of a template file.
    pub fn json_schema() -> Value {
        schemars::schema_for!(Template).to_value()
    }

    /// Every rule a meeting needs of its template; all problems at once.
    pub fn check(&self) -> Result<(), TemplateError> {
        let mut out = Vec::new();
        if self.agenda.is_empty() {
            out.push(txt::empty_list("agenda"));
        }
        for (i, a) in self.agenda.iter().enumerate() {
            if a.title.trim().is_empty() {
                out.push(txt::empty_text(&format!("agenda[{i}].title")));
            }
            if !(1..=600).contains(&a.planned_minutes) {
                out.push(txt::zero_minutes(&format!("agenda[{i}].planned_minutes")));
            }
        }
        names(&self.attendee_categories, "attendee_categories", &mut out);
        names(
            &self.suggestion_categories,
            "suggestion_categories",
            &mut out,
        );
        if let QuorumRule::Fraction { num, den } = self.quorum
            && (den == 0 || num > den)
        {
            out.push(txt::bad_fraction("quorum", num, den));
        }
        for (f, form) in self.forms.iter().enumerate() {
            let path = format!("forms[{f}]");
            if form.name.trim().is_empty() {
                out.push(txt::empty_text(&format!("{path}.name")));
            }
            if form.items.is_empty() {
                out.push(txt::empty_list(&format!("{path}.items")));
            }
            let mut ids = HashSet::new();
            for (i, item) in form.items.iter().enumerate() {
                let ip = format!("{path}.items[{i}]");
                if !ids.insert(item.id) {
                    out.push(txt::duplicate(&format!("{ip}.id"), &item.id.to_string()));
                }
                if item.name.trim().is_empty() {
                    out.push(txt::empty_text(&format!("{ip}.name")));
                }
                let n = item.scale.grades.len();
                if !(2..=9).contains(&n) {
                    out.push(txt::grade_count(&format!("{ip}.scale"), n));
                }
                for (r, rate) in item.rates.iter().enumerate() {
                    indexes(&rate.grades, n, &format!("{ip}.rates[{r}]"), &mut out);
                }
                for (k, flag) in item.flags.iter().enumerate() {
                    let fp = format!("{ip}.flags[{k}]");
                    indexes(&flag.grades, n, &fp, &mut out);
                    if flag.den == 0 || flag.num > flag.den {
                        out.push(txt::bad_fraction(&fp, flag.num, flag.den));
                    }
                }
            }
        }
        if out.is_empty() {
            Ok(())
        } else {
            Err(TemplateError { problems: out })
        }
    }
}

fn syntax(e: &serde_json::Error) -> TemplateError {
    // serde's own wording names the field or the value that is wrong; it is kept as detail.
    let detail = e.to_string();
    let detail = detail
        .rsplit_once(" at line ")
        .map_or(detail.as_str(), |(d, _)| d);
    TemplateError::one(txt::syntax(e.line(), e.column(), detail))
}

fn names(list: &[String], path: &str, out: &mut Vec<Message>) {
    if list.is_empty() {
        out.push(txt::empty_list(path));
    }
    let mut seen = HashSet::new();
    for (i, c) in list.iter().enumerate() {
        if c.trim().is_empty() {
            out.push(txt::empty_text(&format!("{path}[{i}]")));
        } else if !seen.insert(c.trim()) {
            out.push(txt::duplicate(&format!("{path}[{i}]"), c));
        }
    }
}

fn indexes(grades: &[usize], n: usize, path: &str, out: &mut Vec<Message>) {
    for &g in grades {
        if g >= n {
            out.push(txt::grade_index(path, g, n));
        }
    }
}

/// Follows a `$ref` into the schema's definitions.
fn resolve<'a>(schema: &'a Value, root: &'a Value) -> &'a Value {
    let Some(r) = schema.get("$ref").and_then(Value::as_str) else {
        return schema;
    };
    r.strip_prefix("#/")
        .and_then(|p| p.split('/').try_fold(root, |v, key| v.get(key)))
        .unwrap_or(schema)
}

/// The schemas an object may follow: the schema itself and its `oneOf`/`anyOf`/`allOf` parts.
fn alternatives<'a>(schema: &'a Value, root: &'a Value, out: &mut Vec<&'a Map<String, Value>>) {
    let schema = resolve(schema, root);
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        out.push(props);
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        if let Some(parts) = schema.get(key).and_then(Value::as_array) {
            for part in parts {
                alternatives(part, root, out);
            }
        }
    }
}

fn items_schemas<'a>(schema: &'a Value, root: &'a Value, out: &mut Vec<&'a Value>) {
    let schema = resolve(schema, root);
    if let Some(items) = schema.get("items") {
        out.push(items);
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        if let Some(parts) = schema.get(key).and_then(Value::as_array) {
            for part in parts {
                items_schemas(part, root, out);
            }
        }
    }
}

fn unknown_fields(value: &Value, schema: &Value, root: &Value, path: &str, out: &mut Vec<Message>) {
    match value {
        Value::Object(map) => {
            let mut props = Vec::new();
            alternatives(schema, root, &mut props);
            if props.is_empty() {
                return;
            }
            for (key, v) in map {
                let here = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                let subs: Vec<&Value> = props.iter().filter_map(|p| p.get(key)).collect();
                if subs.is_empty() {
                    out.push(txt::unknown_field(&here));
                } else {
                    for sub in subs.into_iter().take(1) {
                        unknown_fields(v, sub, root, &here, out);
                    }
                }
            }
        }
        Value::Array(list) => {
            let mut subs = Vec::new();
            items_schemas(schema, root, &mut subs);
            if let Some(sub) = subs.first() {
                for (i, v) in list.iter().enumerate() {
                    unknown_fields(v, sub, root, &format!("{path}[{i}]"), out);
                }
            }
        }
        _ => {}
    }
}

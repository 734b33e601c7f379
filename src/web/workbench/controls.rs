//! One form control as the forms of bodies, accounts and tokens render it: label, hint, problem,
//! and the input, select or text area with its `aria-invalid` and `aria-describedby`, all from
//! `templates/workbench/control.html`. Building them in Rust keeps the long forms' templates
//! short and every control accessible the same way.

use super::pages::{FieldErrors, field_id};
use crate::web::pages::Choice;

pub struct Control {
    /// Derived from the problem key: `facts[2].value` → `f-facts-2-value`.
    pub id: String,
    /// The name the browser sends (`f_value`).
    pub name: &'static str,
    pub label: String,
    pub value: String,
    pub error: Option<String>,
    /// A hint shown under the label.
    pub hint: Option<String>,
    /// Ids of hints shown elsewhere on the page that also describe this control.
    pub shared_hints: Vec<&'static str>,
    /// `text`, `url`, `email`, `password`, `textarea` or `select`.
    pub input_type: &'static str,
    pub inputmode: &'static str,
    pub autocomplete: &'static str,
    /// The language of the text typed, for text areas of one language.
    pub lang: &'static str,
    pub required: bool,
    pub options: Vec<Choice>,
    /// The label of an empty first option of a select ("– none –").
    pub empty_option: Option<String>,
}

impl Control {
    pub fn text(
        errors: &FieldErrors,
        field: impl Into<String>,
        name: &'static str,
        label: String,
        value: &str,
    ) -> Control {
        let field: String = field.into();
        Control {
            id: field_id(&field),
            error: errors.get(&field).map(str::to_owned),
            name,
            label,
            value: value.to_owned(),
            hint: None,
            shared_hints: Vec::new(),
            input_type: "text",
            inputmode: "",
            autocomplete: "",
            lang: "",
            required: false,
            options: Vec::new(),
            empty_option: None,
        }
    }

    pub fn select(
        errors: &FieldErrors,
        field: impl Into<String>,
        name: &'static str,
        label: String,
        options: Vec<Choice>,
    ) -> Control {
        let mut control = Control::text(errors, field, name, label, "");
        control.input_type = "select";
        control.options = options;
        control
    }

    pub fn kind(mut self, input_type: &'static str) -> Control {
        self.input_type = input_type;
        self
    }

    pub fn mode(mut self, inputmode: &'static str) -> Control {
        self.inputmode = inputmode;
        self
    }

    pub fn autocomplete(mut self, autocomplete: &'static str) -> Control {
        self.autocomplete = autocomplete;
        self
    }

    pub fn hint(mut self, hint: String) -> Control {
        self.hint = Some(hint);
        self
    }

    pub fn shared_hint(mut self, id: &'static str) -> Control {
        self.shared_hints.push(id);
        self
    }

    pub fn lang(mut self, lang: &'static str) -> Control {
        self.lang = lang;
        self
    }

    pub fn required(mut self) -> Control {
        self.required = true;
        self
    }

    pub fn empty_option(mut self, label: String) -> Control {
        self.empty_option = Some(label);
        self
    }

    /// The ids for `aria-describedby`: the hints, then the problem.
    pub fn described_by(&self) -> String {
        let mut ids: Vec<String> = self.shared_hints.iter().map(|s| (*s).to_owned()).collect();
        if self.hint.is_some() {
            ids.push(format!("{}-hint", self.id));
        }
        if self.error.is_some() {
            ids.push(format!("{}-error", self.id));
        }
        ids.join(" ")
    }
}

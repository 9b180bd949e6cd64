//! The context the base layout (`templates/base.html`) needs on every page.

use crate::auth::model::User;
use crate::auth::role::Role;
use crate::http::RequestContext;
use crate::i18n::{Arg, Lang};

/// A breadcrumb: a label (already translated) and where it leads.
#[derive(Clone, Debug)]
pub struct Crumb {
    pub label: String,
    pub href: String,
}

/// A link in the main navigation.
#[derive(Clone, Debug)]
pub struct NavItem {
    pub label: String,
    pub href: &'static str,
    pub current: bool,
}

/// The sections that exist so far, by Fluent id and path. A section appears in the
/// navigation only once it is built: never a dead link.
const SECTIONS: &[(&str, &str)] = &[
    ("nav-home", "/"),
    ("nav-wiki", "/wiki"),
    ("nav-organisations", "/organisations"),
    ("nav-meetings", "/meetings"),
    ("nav-events", "/events"),
    ("nav-who-we-met", "/who-we-met"),
];

#[derive(Clone, Debug)]
pub struct Layout {
    pub lang: Lang,
    pub title: String,
    pub user: Option<User>,
    csrf: crate::http::context::CsrfToken,
    pub flash: Option<String>,
    pub breadcrumbs: Vec<Crumb>,
    pub nav: Vec<NavItem>,
    pub switch_href: String,
    pub path: String,
}

impl Layout {
    /// The CSRF token for the page's forms (made, with its cookie, on first use).
    pub fn csrf_token(&self) -> &str {
        self.csrf.value()
    }

    /// A layout for a page titled by the Fluent id `title_key`.
    pub fn new(ctx: &RequestContext, title_key: &str) -> Layout {
        let title = ctx.lang.t(title_key);
        Layout::titled(ctx, title)
    }

    /// A layout with a title that is already text (a user's name, say).
    pub fn titled(ctx: &RequestContext, title: String) -> Layout {
        let nav = SECTIONS
            .iter()
            .map(|(key, href)| NavItem {
                label: ctx.lang.t(key),
                href,
                current: is_current(&ctx.path, href),
            })
            .collect();
        Layout {
            lang: ctx.lang,
            title,
            user: ctx.user.clone(),
            csrf: ctx.csrf.clone(),
            flash: ctx.flash.as_deref().map(|key| ctx.lang.t(key)),
            breadcrumbs: Vec::new(),
            nav,
            switch_href: ctx.switch_language_href(),
            path: ctx.path.clone(),
        }
    }

    /// Adds breadcrumbs (Home is always first); labels are Fluent ids.
    pub fn with_crumbs(mut self, crumbs: &[(&str, &str)]) -> Layout {
        self.breadcrumbs = std::iter::once(("nav-home", "/"))
            .chain(crumbs.iter().copied())
            .map(|(key, href)| Crumb {
                label: self.lang.t(key),
                href: href.to_string(),
            })
            .collect();
        self
    }

    /// Prefixes the title with "Error:" so screen-reader users hear it first.
    /// For a form page: marks the title when `errors` has any, and says whether it did
    /// (so the page is rendered with 422 by `views::render_form`).
    pub fn mark_errors_if(&mut self, errors: &crate::forms::FieldErrors) -> bool {
        let has_errors = !errors.is_empty();
        if has_errors {
            self.mark_errors();
        }
        has_errors
    }

    pub fn mark_errors(&mut self) {
        self.title = format!("{}: {}", self.lang.t("error-title-prefix"), self.title);
    }

    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    pub fn t1(&self, key: &str, name: &'static str, value: impl Into<Arg>) -> String {
        self.lang.t_args(key, &[(name, value.into())])
    }

    pub fn time(&self, unix_seconds: &i64) -> String {
        super::format_time(self.lang, *unix_seconds)
    }

    pub fn is_admin(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.role == Role::Admin)
    }

    pub fn is_coordinator(&self) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.role >= Role::Coordinator)
    }

    pub fn other_lang(&self) -> Lang {
        self.lang.other()
    }
}

fn is_current(path: &str, href: &str) -> bool {
    if href == "/" {
        path == "/"
    } else {
        path == href || path.starts_with(&format!("{href}/"))
    }
}

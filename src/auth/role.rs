//! Roles (DESIGN.md, "Users and roles") and the access levels routes declare.

use serde::Serialize;

/// A signed-in person's role. Visitors have no account and so no role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Participant,
    Partner,
    Coordinator,
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Participant,
        Role::Partner,
        Role::Coordinator,
        Role::Admin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Participant => "participant",
            Role::Partner => "partner",
            Role::Coordinator => "coordinator",
            Role::Admin => "admin",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == text)
    }

    /// Fluent id of the role's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Role::Participant => "role-participant",
            Role::Partner => "role-partner",
            Role::Coordinator => "role-coordinator",
            Role::Admin => "role-admin",
        }
    }
}

/// Who may use a route. Every route declares one in the route table (`routes/`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not.
    Public,
    /// Any signed-in person (participant and above).
    SignedIn,
    /// Partners, coordinators and admins.
    Partner,
    /// Coordinators and admins.
    Coordinator,
    /// Admins only.
    Admin,
}

impl Access {
    /// The lowest role that may pass, or `None` for public routes.
    pub fn minimum_role(self) -> Option<Role> {
        match self {
            Access::Public => None,
            Access::SignedIn => Some(Role::Participant),
            Access::Partner => Some(Role::Partner),
            Access::Coordinator => Some(Role::Coordinator),
            Access::Admin => Some(Role::Admin),
        }
    }

    /// Whether a person with `role` (`None` for a visitor) may pass.
    pub fn allows(self, role: Option<Role>) -> bool {
        match (self.minimum_role(), role) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(min), Some(r)) => r >= min,
        }
    }
}

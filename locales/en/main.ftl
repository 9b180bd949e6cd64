# Coproduce interface text, English. Every key here has a Welsh twin in locales/cy/main.ftl.

site-name = Coproduce
home-title = Home
skip-to-content = Skip to main content
nav-label = Main menu
nav-home = Home
nav-account = Your account
nav-sign-in = Sign in
nav-sign-up = Create an account
nav-sign-out = Sign out
nav-admin-users = People
nav-admin-outbox = Outbox
breadcrumbs-label = Breadcrumb
footer-heading = Site information
footer-licence = Unless stated otherwise, everything this initiative publishes here is open data under the Creative Commons Attribution 4.0 licence.

## Dates: "28 November 2026, 14:05 GMT"
datetime-format = { $day } { $month } { $year }, { $time } { $zone }
date-format = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Roles
role-participant = Participant
role-partner = Partner
role-coordinator = Coordinator
role-admin = Admin

## Home page, in the founding document's own terms
home-lead = Coproduce is where the Equalities co-production initiative documents and plans its work in the open, and where anyone can take part.
home-aims-heading = What we aim to do
home-aims-p1 = We want to increase participation and influence in the Sustainable Development Goals and Open Government by people and groups who share protected characteristics.
home-aims-p2 = More people should have the tools, confidence and resources to overcome the barriers to their participation in the decisions that affect them.
home-who-heading = Who it is for
home-who-p1 = The initiative is a partnership of equality organisations across the UK, led by a key equality network in each home nation: England, Scotland, Wales and Northern Ireland.
home-who-p2 = It is for people furthest from decision making, including people who may have no prior knowledge of the Sustainable Development Goals and Open Government. You do not need to know any policy language to take part.
home-how-heading = How we work
home-how-1 = Co-production: the overall direction and design are decided by the equality organisations taking part.
home-how-2 = Civic mediation: we bring people and organisations together to explore shared interests.
home-how-3 = Openness: we plan in the open and publish who we have met, what we have learned and what we decided.
home-site-heading = What is on this site
home-site-p1 = You can read everything here, and create an account to join the work, in English or in Welsh. More parts of the site (the open consultation, the plan and the project report) will appear in the menu as they open.
home-site-orgs = The organisations directory: who is taking part, by nation and by the people they work with; ask to include your organisation
home-site-wiki = The wiki: the initiative's founding document and its plans, which anyone with an account can edit
home-site-meetings = Meetings: who we are meeting and when, with a calendar you can subscribe to; ask to meet us
home-site-events = Events: the open conversation and the summit, and how to register and tell us what you need to take part
home-site-who = Who we’ve met: the organisations we have met that agreed to be named
home-site-consultations = Consultations: documents you can comment on, part by part
home-site-consortium = The consortium: the equality organisations that run the initiative
home-site-decisions = Decision register: what the consortium has decided, and how
home-site-plan = The plan: our outputs, milestones and progress, in the open
home-glossary-heading = Words we use
glossary-sdg-term = Sustainable Development Goals (SDGs)
glossary-sdg-def = 17 goals agreed by the United Nations in 2015 for a fairer, healthier world by 2030, such as ending poverty and reducing inequality.
glossary-opengov-term = Open Government
glossary-opengov-def = Governments working in the open: being transparent, letting people take part in decisions, and being accountable for what they do.
glossary-protected-term = Protected characteristics
glossary-protected-def = The nine things the Equality Act 2010 protects people from being discriminated against for: age, disability, gender reassignment, marriage and civil partnership, pregnancy and maternity, race, religion or belief, sex, and sexual orientation.
glossary-coproduction-term = Co-production
glossary-coproduction-def = Working as equal partners: the people affected by a decision design it together with the people who make it.

## Forms
error-summary-title = There is a problem
error-title-prefix = Error
field-name = Full name
field-name-hint = The name you would like other people to see.
field-email = Email address
field-email-hint = We will send you a link to confirm it. We never show it to other people.
field-password = Password
field-new-password = New password
field-new-password-hint = At least 8 characters. A few unrelated words make a strong password that is easy to remember.
field-current-password = Current password
field-new-email = New email address
field-new-email-hint = We will send a link to the new address. Your address changes when you use it.
field-language = Language
save-button = Save
search-button = Search
send-link-button = Send the link
cancel-link = Cancel and go back

error-name-missing = Enter your full name
error-name-too-long = Your name must be 100 characters or fewer
error-email-missing = Enter your email address
error-email-too-long = Your email address must be 254 characters or fewer
error-email-invalid = Enter an email address in the correct format, like name@example.org
error-email-unchanged = Enter a new email address that is different from your current one
error-password-missing = Enter a password
error-password-too-short = Your password must be at least 8 characters
error-password-too-long = Your password must be 256 characters or fewer
error-password-common = This password is one of the most common passwords, so it is easy to guess. Choose a different one
error-password-same-as-email = Your password must not be your email address
error-current-password-missing = Enter your current password
error-current-password-wrong = Your current password is not correct
error-sign-in-failed = Enter a correct email address and password
error-email-unconfirmed = You need to confirm your email address before you can sign in. We have sent you a new link
error-account-suspended = This account has been suspended. Contact the coordinators if you think this is a mistake
error-lang-invalid = Choose English or Cymraeg
error-delete-confirm = Tick the box to confirm you want to delete your account
error-last-admin = You are the only admin. Make someone else an admin first
error-role-invalid = Choose a role from the list
error-form-unreadable = The form could not be read. Go back, check your answers and try again.
error-csrf = This form has expired or came from another website. Go back, reload the page and try again.

## Sign up, sign in, links
sign-up-title = Create an account
sign-up-intro = With an account you can follow pages, comment and join in. It is free.
sign-up-button = Create account
sign-up-have-account = Already have an account?
check-email-title = Check your email
check-email-p1 = If the address you gave can receive a link, we have sent one to it.
check-email-p2 = The link works once. Links to confirm an address last 48 hours, links to reset a password 1 hour, and links to sign in 15 minutes.
check-email-p3 = If nothing arrives within a few minutes, check your spam or junk folder, or ask for a new link.
confirm-email-title = Confirm your email address
confirm-email-intro = Press the button to confirm this is your email address.
confirm-email-button = Confirm my email address
sign-in-title = Sign in
sign-in-button = Sign in
forgot-title = Reset your password
forgot-intro = Enter the email address of your account. We will send you a link to choose a new password.
reset-title = Choose a new password
reset-button = Save new password
sign-in-link-title = Sign in with a link by email
sign-in-link-intro = Enter the email address of your account. We will send you a link that signs you in without a password.
sign-in-link-use-title = Sign in
sign-in-link-use-intro = Press the button to sign in to Coproduce.
change-email-title = Confirm your new email address
change-email-intro = Press the button to make this your account's email address.
change-email-button = Confirm new address
link-invalid-title = This link has expired or has already been used
link-invalid-p1 = Each link works once and only for a short time. You can ask for a new one.

## Account
account-title = Your account
account-role = Role
account-member-since = Member since
account-profile-heading = Name and language
account-email-heading = Change your email address
account-email-button = Send confirmation link
account-password-heading = Change your password
account-password-button = Change password
account-data-heading = Your data
account-data-intro = You can download everything we hold about you, or delete your account.
account-data-download = Download your data (JSON)
delete-title = Delete your account
delete-warning = Deleting your account cannot be undone. Your name and email address are removed and you are signed out everywhere.
delete-password-hint = Enter your password to confirm it is you.
delete-confirm-label = I understand that my account will be deleted
delete-button = Delete my account

## Flash messages
flash-signed-in = You are signed in.
flash-signed-out = You have signed out.
flash-email-confirmed = Your email address is confirmed. You can now sign in.
flash-account-saved = Your details have been saved.
flash-password-changed = Your password has been changed.
flash-email-change-sent = We have sent a link to your new email address. Your address changes when you use it.
flash-email-changed = Your email address has been changed.
flash-account-deleted = Your account has been deleted.
flash-role-changed = The role has been changed.
flash-last-admin = The only admin cannot stop being an admin. Make someone else an admin first.
flash-user-suspended = The account has been suspended and signed out everywhere.
flash-user-restored = The account has been restored.
flash-cannot-suspend-self = You cannot suspend your own account.

## Administration
admin-users-title = People
admin-users-count = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
admin-users-search = Search by name or email address
admin-users-none = No accounts match your search.
admin-users-caption = Accounts, newest first
admin-users-status = Status
admin-users-role-for = Role for { $name }
admin-users-change-role = Change role
admin-users-active = Active
admin-users-unconfirmed = Email not confirmed
admin-users-suspended = Suspended
admin-users-suspend = Suspend
admin-users-restore = Restore
admin-outbox-title = Outbox
admin-outbox-no-smtp = No mail server is set up, so emails are not sent: they are kept here and written to the log. Copy a link from a message to use it.
admin-outbox-smtp = Emails are sent through the configured mail server. Failed messages are retried with increasing waits.
admin-outbox-smtp-links = Links that sign someone in or open their personal pages are hidden here, since the server sends them itself.
admin-outbox-retention-heading = How long sent emails are kept
admin-outbox-keep-days = Delete sent and failed emails after this many days
admin-outbox-keep-days-hint = A whole number from 1 to 3650. Emails waiting to be sent are never deleted.
admin-outbox-retention-button = Save
error-outbox-keep-days = Enter a whole number of days from 1 to 3650
flash-outbox-retention-saved = The period for keeping sent emails has been saved.
admin-outbox-empty = No emails yet.
admin-outbox-to = To
admin-outbox-status = Status
admin-outbox-created = Created
admin-outbox-error = Last error
admin-outbox-attempts = { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
}
outbox-status-pending = Waiting to send
outbox-status-sending = Sending
outbox-status-sent = Sent
outbox-status-logged = Kept here (no mail server)
outbox-status-failed = Failed

## Emails
email-signature = Coproduce: the Equalities co-production initiative
email-confirm-subject = Confirm your email address for { $site }
email-confirm-body = Hello,

    Please confirm your email address by opening this link:

    { $link }

    The link works once, for 48 hours. If you did not create an account, you can ignore this email.
email-already-registered-subject = Someone tried to create an account with your email address
email-already-registered-body = Hello { $name },

    Someone tried to create a new { $site } account with this email address, but you already have one.

    If it was you, sign in here: { $link }
    If you have forgotten your password, you can reset it from that page.

    If it was not you, you do not need to do anything.
email-reset-subject = Reset your { $site } password
email-reset-body = Hello { $name },

    To choose a new password, open this link:

    { $link }

    The link works once, for 1 hour. If you did not ask for this, you can ignore this email: your password has not changed.
email-sign-in-link-subject = Your link to sign in to { $site }
email-sign-in-link-body = Hello { $name },

    Open this link to sign in:

    { $link }

    The link works once, for 15 minutes. If you did not ask for it, you can ignore this email.
email-change-email-subject = Confirm your new email address for { $site }
email-change-email-body = Hello,

    To make this your account's email address, open this link:

    { $link }

    The link works once, for 48 hours. If you did not ask for this, you can ignore this email.
email-email-changed-subject = Your { $site } email address has changed
email-email-changed-body = Hello { $name },

    The email address of your account has been changed, so we will no longer write to this address.

    If you did not do this, contact the coordinators straight away. Your account: { $link }

## Error pages
error-status-code = Error code:
error-go-home = Go to the home page
error-400-title = Sorry, there is a problem with the request
error-400-detail = The page could not understand what was sent. Go back and try again.
error-403-title = You cannot use this page
error-403-detail = Your account does not have permission to see this page or do this.
error-404-title = Page not found
error-404-detail = If you typed the web address, check it is correct. If you pasted it, check you copied the whole address.
error-405-title = Sorry, that cannot be done here
error-405-detail = This page does not accept that kind of request.
error-408-title = Sorry, that took too long
error-408-detail = The request took too long to finish. Try again in a moment.
error-413-title = What you sent is too large
error-413-detail = The form or file is bigger than this site accepts. Make it smaller and try again.
error-422-title = There is a problem with what you entered
error-422-detail = Go back, check your answers and try again.
error-429-title = Too many attempts
error-429-detail = You have tried too many times in a short time. Wait a few minutes, then try again.
error-429-detail-sign-in = There have been too many attempts. For your security, wait 5 minutes before you try again, or sign in with a link by email.
error-503-title = Sorry, the service is unavailable
error-503-detail = We cannot reach our database just now. Nothing you entered was saved, so please try again in a few minutes.
error-500-title = Sorry, there is a problem with the service
error-500-detail = Something went wrong on our side. Nothing you entered was lost. Try again later.

## Accessibility statement
accessibility-title = Accessibility statement
accessibility-s1-title = Using this website
accessibility-s1-p1 = We want as many people as possible to be able to use Coproduce. You should be able to change colours, contrast levels and fonts; zoom in up to 400% without the text spilling off the screen; use the whole site with just a keyboard; use it with speech recognition software; and listen to it with a screen reader.
accessibility-s1-p2 = Every page is available in English and in Welsh. Use the language link at the top of every page to switch.
accessibility-s2-title = How accessible this website is
accessibility-s2-p1 = We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. Every page is tested automatically with axe-core in a real browser, in both languages, and by hand with a keyboard.
accessibility-s2-p2 = The site works without JavaScript, at 320 pixels wide, in high-contrast mode and in print.
accessibility-s3-title = Reporting problems and asking for another format
accessibility-s3-p1 = If you find a problem, or need information in another format such as Easy Read, large print or audio, tell the coordinators of the initiative. We will reply within 5 working days.
accessibility-s3-p2 = If you are not happy with how we respond, you can contact the Equality Advisory and Support Service (EASS), or in Northern Ireland the Equality Commission for Northern Ireland.

## Privacy notice
privacy-title = Privacy notice
privacy-s1-title = What we collect
privacy-s1-p1 = If you create an account, we keep your name, email address, language, password (scrambled with argon2id so nobody can read it) and when you signed in. We keep a record of emails we send you.
privacy-s1-p2 = We use cookies only to keep you signed in, remember your language, protect forms from forgery and show one-off messages. We do not use advertising or tracking cookies.
privacy-s2-title = Who can see it
privacy-s2-p1 = Your email address and contact details are private: only the people who run the service can see them, and only to run it. Anything you publish on the site, such as comments, shows your name.
privacy-s2-p2 = Information about access needs or equality monitoring is special category data under UK GDPR. It is private by default, seen only by organisers, and published only as anonymous totals.
privacy-s2-p3 = If you register for an event or ask to meet us, we keep what you tell us (your name, e-mail address, organisation, access needs) to arrange it. Registrants’ names and contact details are removed 90 days after the event; equality monitoring answers are kept apart from your name and deleted if you cancel.
privacy-s3-title = Your rights
privacy-s3-p1 = You can download everything we hold about you and delete your account at any time from your account page. You can also ask the coordinators to correct or delete your data, or complain to the Information Commissioner's Office (ICO).

## Open data licence
licence-title = Open data licence
licence-s1-title = What you can do with our content
licence-s1-p1 = Unless a page says otherwise, the text and data this initiative publishes here are licensed under the Creative Commons Attribution 4.0 International licence (CC BY 4.0).
licence-s1-p2 = You may copy, share and adapt them for any purpose, including commercially, as long as you credit the Equalities co-production initiative and link to the source.
licence-s2-title = What is not covered
licence-s2-p1 = Personal data, logos of other organisations and material that other people own are not covered by this licence.
licence-s3-title = The software
licence-s3-p1 = Coproduce itself is free software under the GNU Affero General Public License, version 3 or later.

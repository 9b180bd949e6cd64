# Meetings with stakeholders.
nav-meetings = Meetings
meetings-title = Meetings
meetings-intro = Meetings with stakeholders, including equality interest groups. Times are UK time (GMT in winter, BST in summer).
meetings-upcoming = Upcoming meetings
meetings-past = Past meetings
meetings-none-upcoming = No meetings are scheduled yet.
meetings-none-past = No meetings have taken place yet.
meetings-private = Private: coordinators only
meetings-online = Online
meetings-and-online = and online
meetings-add-title = Schedule a meeting
meetings-edit-title = Change “{ $title }”
meetings-edit-link = Change this meeting
meetings-add-to-calendar = Add to your calendar (.ics file)
meetings-starts = Starts
meetings-ends = Ends
meetings-save = Save meeting
meetings-flash-saved = The meeting was saved.
meetings-field-title = Title
meetings-field-title-hint = For example, “Meeting with Disability Wales”.
meetings-field-purpose = Purpose
meetings-when = When
meetings-when-hint = UK time. We show GMT or BST beside every time.
meetings-field-date = Date
meetings-field-date-hint = For example, 2019-02-27
meetings-field-time = Start time
meetings-field-time-hint = 24-hour clock, for example 14:30
meetings-field-duration = Length in minutes
meetings-field-duration-hint = From 5 to 1,440 minutes (one day).
meetings-where = Where
meetings-where-hint = A venue, an online link, or both.
meetings-field-venue = Venue
meetings-field-venue-hint = Name and address.
meetings-field-access = Venue accessibility
meetings-access-unknown = Not recorded yet: ask us.
meetings-access-step_free = Step-free access
meetings-access-hearing_loop = Hearing loop
meetings-access-accessible_toilet = Accessible toilet
meetings-access-quiet_room = Quiet room
meetings-access-parking = Accessible parking
meetings-access-public_transport = Near public transport
meetings-field-online = Online joining link
meetings-field-online-hint = A web address starting https://
meetings-field-agenda = Agenda
meetings-field-status = Status
meetings-status-proposed = Proposed
meetings-status-confirmed = Confirmed
meetings-status-held = Held
meetings-status-postponed = Postponed
meetings-status-cancelled = Cancelled
meetings-field-public = Show this meeting publicly
meetings-field-public-hint = Public meetings appear on the meetings page and in calendars. Private meetings are seen by coordinators only.
meetings-error-title = Enter a title
meetings-error-too-long = This is too long
meetings-error-date = Enter a real date, for example 2019-02-27
meetings-error-time = Enter a start time on the 24-hour clock, for example 14:30
meetings-error-time-skipped = That time does not exist in the UK on that day, because the clocks go forward an hour. Choose another time.
meetings-error-duration = Enter a length from 5 to 1,440 minutes
meetings-error-link = Enter a web address starting https://
meetings-error-place = Enter a venue or an online joining link
meetings-error-status = Choose a status
meetings-feed-name = Coproduce: public meetings
meetings-feed-name-private = Coproduce: all meetings (private)
meetings-feeds-link = Calendar feeds
meetings-feeds-title = Calendar feeds
meetings-feeds-intro = Add meetings to your calendar program (Outlook, Google Calendar, Apple Calendar, Thunderbird) by subscribing to an address. Your calendar then updates itself.
meetings-feeds-public = Public meetings
meetings-feeds-public-hint = Anyone may use this address. It holds public meetings only.
meetings-feeds-private = Your private feed
meetings-feeds-private-hint = This address holds every meeting, private ones included. Keep it secret: anyone with it can read them. Making a new address stops the old one working.
meetings-feeds-copy-now = Copy this address now: it will not be shown again.
meetings-feeds-made = Your current private address was made on { $when }.
meetings-feeds-renew = Make a new private address
meetings-subscribe = Subscribe to public meetings in your calendar (.ics)
meetings-taking-part = Organisations taking part
meetings-taking-part-none = None recorded yet.
meetings-organisation = Organisation
meetings-consent = Agreed to be named publicly?
meetings-consent-for = Agreed to be named publicly: { $name }
meetings-consent-not_asked = Not asked yet
meetings-consent-yes = Yes
meetings-consent-no = No
meetings-consent-save = Save
meetings-remove = Remove
meetings-add-organisation = Add an organisation
meetings-add-organisation-hint = Its name as in the directory, or its address there (for example /organisations/inclusion-scotland).
meetings-add-organisation-button = Add organisation
meetings-error-organisation = No organisation in the directory has that name or address. Add it to the directory first.
nav-who-we-met = Who we’ve met
who-title = Who we’ve met
who-intro = The organisations we have met, named only where they agreed. This is the list the project report publishes.
who-none = We have not recorded any meetings held yet.
who-period = Between { $from } and { $to }
who-count = { $count ->
    [one] we met one organisation.
   *[other] we met { $count } organisations.
}
who-named = { $count ->
    [one] One is named here with its agreement.
   *[other] { $count } are named here with their agreement.
}
who-not-named = { $count ->
    [0] All are named.
    [one] One is not named.
   *[other] { $count } are not named.
}
who-csv = Download as CSV
who-json = Download as JSON
who-by-nation = By nation
who-by-characteristic = By protected characteristic
who-no-characteristics = None of the named organisations has recorded the characteristics it works with.
meetings-bank-holiday-title = This meeting falls on a bank holiday
meetings-bank-holiday = A bank holiday in { $places }: { $title }. Many people and offices will not be available.
meetings-division-england-and-wales = England and Wales
meetings-division-scotland = Scotland
meetings-division-northern-ireland = Northern Ireland
meetings-month-link = Month view
meetings-month-title = Meetings in { $month }
meetings-month-nav = Other months
meetings-month-previous = Previous month: { $month }
meetings-month-next = Next month: { $month }
meetings-month-back = All meetings as a list
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
meetings-atom-link = Atom feed of public meetings
meetings-import-link = Import from a calendar file
meetings-import-title = Import meetings from a calendar file
meetings-import-intro = Export events from Outlook, Google Calendar or Apple Calendar as an .ics file and upload it here. Each event becomes a private, proposed meeting for you to check and complete.
meetings-import-file = Calendar file (.ics)
meetings-import-file-hint = Times in the file’s own time zones are converted to UK time.
meetings-import-button = Import meetings
meetings-import-error-not-ics = This file is not a calendar file. Choose an .ics file exported from a calendar program.
meetings-import-error-empty = This calendar file has no events with a start time.
meetings-imported-title = Meetings imported
meetings-imported-count = { $count ->
    [one] One meeting was imported as proposed and private.
   *[other] { $count } meetings were imported as proposed and private.
}
meetings-imported-skipped = { $count ->
    [one] One event was left out (it had no start time, or the file was too long).
   *[other] { $count } events were left out (no start time, or the file was too long).
}
who-nation-unrecorded = Nation not recorded
who-characteristic-unrecorded = Characteristics not recorded
meetings-earlier = Earlier meetings
meetings-later = Later meetings

## "Let's meet", time polls, and after the meeting
meetings-create-organisation = It is not in the directory yet: add a new record with this name
meetings-request-link = Let’s meet: ask to meet us
meetings-work-links = Requests to meet, time polls and follow-up actions
request-title = Let’s meet
request-intro = Would you like to meet us? Tell us who you are and what you would like to talk about. You do not need an account. We will reply by e-mail.
request-field-organisation = Your organisation or group
request-field-organisation-hint = If you are not part of an organisation, write “none”.
request-field-email-hint = We reply to this address.
request-field-phone = Phone number (optional)
request-field-phone-hint = Only if you would like us to call you.
request-field-topic = What would you like to talk about?
request-field-topic-hint = A few sentences are enough.
request-field-when = When suits you?
request-field-when-hint = For example “weekday mornings” or “not in school holidays”. You can leave this empty.
request-privacy = Only our coordinators see what you send. We use it to arrange the meeting.
request-send = Send request
request-sent-title = Thank you, we have your request
request-sent-p1 = We have sent you an e-mail to say we received it. A coordinator will be in touch about a time.
request-error-organisation = Enter your organisation or group (or “none”)
request-error-topic = Tell us what you would like to talk about
request-error-reason = Tell the person why, in a few words
request-public-form = The public form
requests-title = Requests to meet
requests-waiting = Waiting for a reply
requests-none = No requests are waiting.
requests-handled = Handled
requests-none-handled = None yet.
request-received = Received
request-status-new = New
request-status-scheduled = Meeting scheduled
request-status-polling = Finding a time
request-status-declined = Declined
request-new-record = Not in the directory: a new unlisted record will be made
request-meeting = Meeting
request-meeting-link = Go to the meeting
request-poll-link = Go to the time poll
request-schedule = Schedule a meeting
request-schedule-hint = The organisation is linked (or added to the directory, unlisted), the contact is recorded, and the request is logged in its outreach. The requester is e-mailed the invitation.
request-schedule-button = Schedule the meeting
request-poll = Or find a time together
request-poll-hint = Start a time poll with this person as the first invitee.
request-poll-button = Start a time poll
request-decline = Or decline
request-reason = Reason
request-reason-hint = Sent to the person who asked.
request-decline-button = Decline and tell them
request-flash-scheduled = The meeting is scheduled and the invitation sent.
request-flash-declined = The request was declined and the person told.
polls-title = Time polls
polls-new-title = Find a time
polls-intro = Propose some times and invite people by e-mail. Each person answers through their own link, without an account. When you have a best time, confirm it: the meeting is scheduled and everyone gets an invitation with a calendar file.
polls-none = No time polls yet.
polls-status-open = Waiting for answers
polls-status-confirmed = Time confirmed
polls-slots = Possible times
polls-slots-hint = Give at least two. Dates and times are UK time.
polls-slot-date = Date { $n }
polls-slot-time = Time { $n }
polls-invitees = Who to invite
polls-invitees-hint = One person per line: name, then a comma and their e-mail address. For example: Rhian Davies, rhian@example.org
polls-send = Send the invitations
polls-error-slots = Give at least two possible times
polls-error-slot-past = This time has passed. Give a time in the future.
polls-error-invitees = Invite at least one person (at most 100)
polls-error-invitee-line = Each line needs a name, a comma and an e-mail address
polls-flash-created = The poll was made and the invitations sent.
polls-flash-answered = Thank you, your answers are saved. You can change them until a time is confirmed.
polls-flash-closed = A time has already been confirmed, so answers are closed.
polls-flash-confirmed = The time is confirmed and everyone has been sent an invitation.
polls-flash-already = This poll was already confirmed.
polls-answers = Answers
polls-person = Person
polls-not-answered = not answered yet
polls-totals = Totals
polls-answer-yes = Yes
polls-answer-if_need_be = If need be
polls-answer-no = No
polls-best = Best time so far: { $when }
polls-best-short = best
polls-no-answers = Nobody has answered yet.
polls-confirm = Confirm a time
polls-confirm-hint = Confirming schedules the meeting and e-mails everyone invited.
polls-confirm-button = Confirm { $when }
polls-confirmed-note = The time is confirmed.
polls-hello = Hello { $name }. Which of these times could you make? Answer for each.
polls-confirmed-for = The meeting is confirmed for { $when }. Your invitation is in your e-mail.
polls-save-answers = Save my answers
after-minutes = Minutes
after-minutes-edit = Write or change the minutes
after-minutes-save = Save the minutes
after-field-public = Minutes anyone can read
after-field-public-hint = Shown on the meeting’s page if the meeting is public.
after-field-private = Private notes
after-field-private-hint = Only coordinators see these.
after-private = Private notes (coordinators only)
after-outcomes = Outcomes
after-actions = Follow-up actions
after-actions-title = Open follow-up actions
after-actions-none = No follow-up actions.
after-field-action = Action
after-field-owner = Who will do it
after-no-owner = Nobody yet
after-field-due = Due by
after-add-action = Add the action
after-error-action = Describe the action
after-mark-done = Mark done
after-undo = Not done
after-done = done
after-due = due { $date }
after-overdue = Overdue
after-meeting = Meeting
after-people = People attending
after-people-none = Nobody recorded yet.
after-add-person = Add the person
after-attachments = Attachments
after-attachments-none = No files attached.
after-field-file = Attach a file
after-field-file-hint = PDF, ODT, DOCX, CSV or an image, at most 10 MB.
after-field-file-public = Anyone can download it (when the meeting is public)
after-attach = Attach
after-public = public
email-meeting-request-received-subject = We have your request to meet
email-meeting-request-received-body = Hello,

    Thank you for asking to meet us on behalf of { $organisation }. A coordinator will be in touch about a time.
email-meeting-request-scheduled-subject = Your meeting with us is arranged
email-meeting-request-scheduled-body = Hello { $name },

    Thank you for asking to meet us. We have arranged a meeting on { $when }. The calendar file attached adds it to your calendar; reply to this e-mail if the time does not suit.
email-meeting-request-declined-subject = Your request to meet us
email-meeting-request-declined-body = Hello { $name },

    Thank you for asking to meet us. We are not able to meet at the moment:

    { $reason }
email-poll-invite-subject = When could you meet? { $title }
email-poll-invite-body = Hello { $name },

    We are finding a time for “{ $title }”. These are the possible times (UK time):

    { $times }

    Please say which you could make, using your own link (no account needed):

    { $link }
email-poll-confirmed-subject = Confirmed: { $title } on { $when }
email-poll-confirmed-body = Hello { $name },

    Thank you for answering. “{ $title }” will be on { $when } ({ $place }). The calendar file attached adds it to your calendar.
polls-invite-more = Invite more people
polls-invite-button = Send invitations
polls-silent = { $count ->
    [one] 1 person has not answered yet.
   *[other] { $count } people have not answered yet.
}
polls-remind = Remind them (with a new link)
polls-flash-invited = The new invitations were sent.
polls-flash-reminded = Reminders were sent to everyone who has not answered.
email-poll-reminder-subject = Reminder: when could you meet? { $title }
email-poll-reminder-body = Hello { $name },

    We are still finding a time for “{ $title }” and would like to hear from you. The possible times (UK time):

    { $times }

    Please answer using this link (it replaces the one we sent before):

    { $link }
polls-error-too-many-slots = Propose at most 20 times

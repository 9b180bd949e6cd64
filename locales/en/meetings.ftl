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

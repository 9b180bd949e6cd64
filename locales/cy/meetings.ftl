# Cyfarfodydd â rhanddeiliaid.
nav-meetings = Cyfarfodydd
meetings-title = Cyfarfodydd
meetings-intro = Cyfarfodydd â rhanddeiliaid, gan gynnwys grwpiau buddiant cydraddoldeb. Amser y DU yw’r amseroedd (GMT yn y gaeaf, BST yn yr haf).
meetings-upcoming = Cyfarfodydd i ddod
meetings-past = Cyfarfodydd a fu
meetings-none-upcoming = Does dim cyfarfodydd wedi’u trefnu eto.
meetings-none-past = Does dim cyfarfodydd wedi’u cynnal eto.
meetings-private = Preifat: cydlynwyr yn unig
meetings-online = Ar-lein
meetings-and-online = ac ar-lein
meetings-add-title = Trefnu cyfarfod
meetings-edit-title = Newid “{ $title }”
meetings-edit-link = Newid y cyfarfod hwn
# Ansicr: "ffeil .ics"
meetings-add-to-calendar = Ychwanegu at eich calendr (ffeil .ics)
meetings-starts = Yn dechrau
meetings-ends = Yn gorffen
meetings-save = Cadw’r cyfarfod
meetings-flash-saved = Cafodd y cyfarfod ei gadw.
meetings-field-title = Teitl
meetings-field-title-hint = Er enghraifft, “Cyfarfod ag Anabledd Cymru”.
meetings-field-purpose = Diben
meetings-when = Pryd
meetings-when-hint = Amser y DU. Rydyn ni’n dangos GMT neu BST wrth ymyl pob amser.
meetings-field-date = Dyddiad
meetings-field-date-hint = Er enghraifft, 2019-02-27
meetings-field-time = Amser dechrau
meetings-field-time-hint = Cloc 24 awr, er enghraifft 14:30
meetings-field-duration = Hyd mewn munudau
meetings-field-duration-hint = O 5 i 1,440 munud (un diwrnod).
meetings-where = Ble
meetings-where-hint = Lleoliad, dolen ar-lein, neu’r ddau.
meetings-field-venue = Lleoliad
meetings-field-venue-hint = Enw a chyfeiriad.
meetings-field-access = Hygyrchedd y lleoliad
meetings-access-unknown = Heb ei gofnodi eto: gofynnwch i ni.
meetings-access-step_free = Mynediad heb risiau
meetings-access-hearing_loop = Dolen sain
meetings-access-accessible_toilet = Toiled hygyrch
meetings-access-quiet_room = Ystafell dawel
meetings-access-parking = Parcio hygyrch
meetings-access-public_transport = Yn agos at drafnidiaeth gyhoeddus
meetings-field-online = Dolen ymuno ar-lein
meetings-field-online-hint = Cyfeiriad gwe yn dechrau https://
meetings-field-agenda = Agenda
meetings-field-status = Statws
meetings-status-proposed = Arfaethedig
meetings-status-confirmed = Wedi’i gadarnhau
meetings-status-held = Wedi’i gynnal
meetings-status-postponed = Wedi’i ohirio
meetings-status-cancelled = Wedi’i ganslo
meetings-field-public = Dangos y cyfarfod hwn yn gyhoeddus
meetings-field-public-hint = Mae cyfarfodydd cyhoeddus yn ymddangos ar y dudalen cyfarfodydd ac mewn calendrau. Dim ond cydlynwyr sy’n gweld cyfarfodydd preifat.
meetings-error-title = Rhowch deitl
meetings-error-too-long = Mae hyn yn rhy hir
meetings-error-date = Rhowch ddyddiad go iawn, er enghraifft 2019-02-27
meetings-error-time = Rhowch amser dechrau ar y cloc 24 awr, er enghraifft 14:30
meetings-error-time-skipped = Dydy’r amser hwnnw ddim yn bodoli yn y DU ar y diwrnod hwnnw, oherwydd bod y clociau’n mynd ymlaen awr. Dewiswch amser arall.
meetings-error-duration = Rhowch hyd o 5 i 1,440 munud
meetings-error-link = Rhowch gyfeiriad gwe yn dechrau https://
meetings-error-place = Rhowch leoliad neu ddolen ymuno ar-lein
meetings-error-status = Dewiswch statws
meetings-feed-name = Coproduce: cyfarfodydd cyhoeddus
meetings-feed-name-private = Coproduce: pob cyfarfod (preifat)
meetings-feeds-link = Ffrydiau calendr
meetings-feeds-title = Ffrydiau calendr
# Ansicr: "tanysgrifio i gyfeiriad"
meetings-feeds-intro = Ychwanegwch gyfarfodydd at eich rhaglen galendr (Outlook, Google Calendar, Apple Calendar, Thunderbird) drwy danysgrifio i gyfeiriad. Bydd eich calendr wedyn yn diweddaru ei hun.
meetings-feeds-public = Cyfarfodydd cyhoeddus
meetings-feeds-public-hint = Caiff unrhyw un ddefnyddio’r cyfeiriad hwn. Dim ond cyfarfodydd cyhoeddus sydd ynddo.
meetings-feeds-private = Eich ffrwd breifat
meetings-feeds-private-hint = Mae pob cyfarfod yn y cyfeiriad hwn, gan gynnwys rhai preifat. Cadwch ef yn gyfrinach: gall unrhyw un sydd ag ef eu darllen. Mae gwneud cyfeiriad newydd yn atal yr hen un rhag gweithio.
meetings-feeds-copy-now = Copïwch y cyfeiriad hwn nawr: ni fydd yn cael ei ddangos eto.
meetings-feeds-made = Cafodd eich cyfeiriad preifat presennol ei wneud ar { $when }.
meetings-feeds-renew = Gwneud cyfeiriad preifat newydd
meetings-subscribe = Tanysgrifio i gyfarfodydd cyhoeddus yn eich calendr (.ics)
meetings-taking-part = Sefydliadau sy’n cymryd rhan
meetings-taking-part-none = Dim wedi’u cofnodi eto.
meetings-organisation = Sefydliad
meetings-consent = Wedi cytuno i gael ei enwi’n gyhoeddus?
meetings-consent-for = Wedi cytuno i gael ei enwi’n gyhoeddus: { $name }
meetings-consent-not_asked = Heb ofyn eto
meetings-consent-yes = Do
meetings-consent-no = Naddo
meetings-consent-save = Cadw
meetings-remove = Tynnu
meetings-add-organisation = Ychwanegu sefydliad
meetings-add-organisation-hint = Ei enw fel yn y cyfeiriadur, neu ei gyfeiriad yno (er enghraifft /organisations/inclusion-scotland).
meetings-add-organisation-button = Ychwanegu sefydliad
meetings-error-organisation = Does dim sefydliad yn y cyfeiriadur gyda’r enw neu’r cyfeiriad hwnnw. Ychwanegwch ef i’r cyfeiriadur yn gyntaf.
nav-who-we-met = Pwy rydyn ni wedi’u cyfarfod
who-title = Pwy rydyn ni wedi’u cyfarfod
who-intro = Y sefydliadau rydyn ni wedi’u cyfarfod, wedi’u henwi dim ond lle maen nhw wedi cytuno. Dyma’r rhestr y mae adroddiad y prosiect yn ei chyhoeddi.
who-none = Dydyn ni ddim wedi cofnodi unrhyw gyfarfodydd a gynhaliwyd eto.
who-period = Rhwng { $from } a { $to }
# Ansicr: ffurfiau lluosog
who-count = { $count ->
    [one] fe wnaethon ni gyfarfod ag un sefydliad.
    [two] fe wnaethon ni gyfarfod â dau sefydliad.
   *[other] fe wnaethon ni gyfarfod â { $count } sefydliad.
}
who-named = { $count ->
    [zero] Does dim un wedi’i enwi yma.
    [one] Mae un wedi’i enwi yma gyda’i gytundeb.
   *[other] Mae { $count } wedi’u henwi yma gyda’u cytundeb.
}
who-not-named = { $count ->
    [0] Mae pob un wedi’i enwi.
    [one] Dydy un ddim wedi’i enwi.
   *[other] Dydy { $count } ddim wedi’u henwi.
}
who-csv = Lawrlwytho fel CSV
who-json = Lawrlwytho fel JSON
who-by-nation = Yn ôl gwlad
who-by-characteristic = Yn ôl nodwedd warchodedig
who-no-characteristics = Does dim un o’r sefydliadau a enwir wedi cofnodi’r nodweddion y mae’n gweithio gyda nhw.
meetings-bank-holiday-title = Mae’r cyfarfod hwn ar ŵyl banc
# Ansicr: osgoi treiglad ar ôl "yn" drwy roi’r gwledydd mewn cromfachau
meetings-bank-holiday = Gŵyl banc ({ $places }): { $title }. Fydd llawer o bobl a swyddfeydd ddim ar gael.
meetings-division-england-and-wales = Lloegr a Chymru
meetings-division-scotland = Yr Alban
meetings-division-northern-ireland = Gogledd Iwerddon
meetings-month-link = Golwg mis
meetings-month-title = Cyfarfodydd ym mis { $month }
meetings-month-nav = Misoedd eraill
meetings-month-previous = Mis blaenorol: { $month }
meetings-month-next = Mis nesaf: { $month }
meetings-month-back = Pob cyfarfod fel rhestr
weekday-1 = Dydd Llun
weekday-2 = Dydd Mawrth
weekday-3 = Dydd Mercher
weekday-4 = Dydd Iau
weekday-5 = Dydd Gwener
weekday-6 = Dydd Sadwrn
weekday-7 = Dydd Sul
meetings-atom-link = Ffrwd Atom o gyfarfodydd cyhoeddus
meetings-import-link = Mewnforio o ffeil calendr
meetings-import-title = Mewnforio cyfarfodydd o ffeil calendr
meetings-import-intro = Allforiwch ddigwyddiadau o Outlook, Google Calendar neu Apple Calendar fel ffeil .ics a’i llwytho yma. Bydd pob digwyddiad yn dod yn gyfarfod arfaethedig, preifat i chi ei wirio a’i gwblhau.
meetings-import-file = Ffeil calendr (.ics)
meetings-import-file-hint = Caiff amseroedd ym mharthau amser y ffeil eu trosi i amser y DU.
meetings-import-button = Mewnforio cyfarfodydd
meetings-import-error-not-ics = Dydy’r ffeil hon ddim yn ffeil calendr. Dewiswch ffeil .ics wedi’i hallforio o raglen galendr.
meetings-import-error-empty = Does dim digwyddiadau gydag amser dechrau yn y ffeil calendr hon.
meetings-imported-title = Cyfarfodydd wedi’u mewnforio
# Ansicr: ffurfiau lluosog
meetings-imported-count = { $count ->
    [one] Cafodd un cyfarfod ei fewnforio fel un arfaethedig a phreifat.
   *[other] Cafodd { $count } cyfarfod eu mewnforio fel rhai arfaethedig a phreifat.
}
meetings-imported-skipped = { $count ->
    [one] Cafodd un digwyddiad ei adael allan (dim amser dechrau, neu roedd y ffeil yn rhy hir).
   *[other] Cafodd { $count } digwyddiad eu gadael allan (dim amser dechrau, neu roedd y ffeil yn rhy hir).
}
who-nation-unrecorded = Cenedl heb ei chofnodi
who-characteristic-unrecorded = Nodweddion heb eu cofnodi
meetings-earlier = Cyfarfodydd cynharach
meetings-later = Cyfarfodydd diweddarach

## "Dewch i gwrdd", polau amser, ac ar ôl y cyfarfod
# Ansicr: termau'r adran hon; i'w gwirio gan siaradwr Cymraeg.
meetings-create-organisation = Dydy e ddim yn y cyfeiriadur eto: ychwanegu cofnod newydd gyda’r enw hwn
meetings-request-link = Dewch i gwrdd: gofynnwch am gyfarfod â ni
meetings-work-links = Ceisiadau i gwrdd, polau amser a chamau dilynol
request-title = Dewch i gwrdd
request-intro = Hoffech chi gwrdd â ni? Dywedwch wrthyn ni pwy ydych chi a beth hoffech chi siarad amdano. Does dim angen cyfrif arnoch. Byddwn yn ateb drwy e-bost.
request-field-organisation = Eich sefydliad neu grŵp
request-field-organisation-hint = Os nad ydych chi’n rhan o sefydliad, ysgrifennwch “dim”.
request-field-email-hint = Rydyn ni’n ateb i’r cyfeiriad hwn.
request-field-phone = Rhif ffôn (dewisol)
request-field-phone-hint = Dim ond os hoffech i ni eich ffonio.
request-field-topic = Am beth hoffech chi siarad?
request-field-topic-hint = Mae ychydig o frawddegau’n ddigon.
request-field-when = Pryd sy’n gyfleus i chi?
request-field-when-hint = Er enghraifft “boreau yn ystod yr wythnos” neu “nid yng ngwyliau’r ysgol”. Gallwch adael hyn yn wag.
request-privacy = Dim ond ein cydlynwyr sy’n gweld yr hyn rydych chi’n ei anfon. Rydyn ni’n ei ddefnyddio i drefnu’r cyfarfod.
request-send = Anfon y cais
request-sent-title = Diolch, mae eich cais gyda ni
request-sent-p1 = Rydyn ni wedi anfon e-bost atoch i ddweud ein bod wedi’i gael. Bydd cydlynydd yn cysylltu am amser.
request-error-organisation = Rhowch eich sefydliad neu grŵp (neu “dim”)
request-error-topic = Dywedwch wrthyn ni am beth hoffech chi siarad
request-error-reason = Dywedwch wrth y person pam, mewn ychydig eiriau
request-public-form = Y ffurflen gyhoeddus
requests-title = Ceisiadau i gwrdd
requests-waiting = Yn aros am ateb
requests-none = Does dim ceisiadau’n aros.
requests-handled = Wedi’u trin
requests-none-handled = Dim eto.
request-received = Wedi dod i law
request-status-new = Newydd
request-status-scheduled = Cyfarfod wedi’i drefnu
request-status-polling = Yn chwilio am amser
request-status-declined = Wedi’i wrthod
request-new-record = Ddim yn y cyfeiriadur: bydd cofnod newydd heb ei restru’n cael ei wneud
request-meeting = Cyfarfod
request-meeting-link = Mynd i’r cyfarfod
request-poll-link = Mynd i’r pôl amser
request-schedule = Trefnu cyfarfod
request-schedule-hint = Mae’r sefydliad yn cael ei gysylltu (neu ei ychwanegu at y cyfeiriadur, heb ei restru), mae’r cyswllt yn cael ei gofnodi, ac mae’r cais yn cael ei nodi yn ei waith allgymorth. Mae’r gwahoddiad yn cael ei anfon at y sawl a ofynnodd.
request-schedule-button = Trefnu’r cyfarfod
request-poll = Neu chwilio am amser gyda’n gilydd
request-poll-hint = Dechrau pôl amser gyda’r person hwn fel y gwahoddai cyntaf.
request-poll-button = Dechrau pôl amser
request-decline = Neu wrthod
request-reason = Rheswm
request-reason-hint = Yn cael ei anfon at y person a ofynnodd.
request-decline-button = Gwrthod a dweud wrthyn nhw
request-flash-scheduled = Mae’r cyfarfod wedi’i drefnu a’r gwahoddiad wedi’i anfon.
request-flash-declined = Gwrthodwyd y cais a dywedwyd wrth y person.
polls-title = Polau amser
polls-new-title = Chwilio am amser
polls-intro = Cynigiwch rai amseroedd a gwahoddwch bobl drwy e-bost. Mae pob person yn ateb drwy ei ddolen ei hun, heb gyfrif. Pan fydd gennych yr amser gorau, cadarnhewch ef: mae’r cyfarfod yn cael ei drefnu ac mae pawb yn cael gwahoddiad gyda ffeil calendr.
polls-none = Does dim polau amser eto.
polls-status-open = Yn aros am atebion
polls-status-confirmed = Amser wedi’i gadarnhau
polls-slots = Amseroedd posibl
polls-slots-hint = Rhowch o leiaf ddau. Amser y DU yw’r dyddiadau a’r amseroedd.
polls-slot-date = Dyddiad { $n }
polls-slot-time = Amser { $n }
polls-invitees = Pwy i’w wahodd
polls-invitees-hint = Un person ar bob llinell: enw, yna coma a’i gyfeiriad e-bost. Er enghraifft: Rhian Davies, rhian@example.org
polls-send = Anfon y gwahoddiadau
polls-error-slots = Rhowch o leiaf ddau amser posibl
polls-error-slot-past = Mae’r amser hwn wedi mynd heibio. Rhowch amser yn y dyfodol.
polls-error-invitees = Gwahoddwch o leiaf un person (100 ar y mwyaf)
polls-error-invitee-line = Mae angen enw, coma a chyfeiriad e-bost ar bob llinell
polls-flash-created = Gwnaed y pôl ac anfonwyd y gwahoddiadau.
polls-flash-answered = Diolch, mae eich atebion wedi’u cadw. Gallwch eu newid nes bydd amser wedi’i gadarnhau.
polls-flash-closed = Mae amser wedi’i gadarnhau’n barod, felly mae’r atebion wedi cau.
polls-flash-confirmed = Mae’r amser wedi’i gadarnhau ac mae gwahoddiad wedi’i anfon at bawb.
polls-flash-already = Roedd y pôl hwn wedi’i gadarnhau’n barod.
polls-answers = Atebion
polls-person = Person
polls-not-answered = heb ateb eto
polls-totals = Cyfansymiau
polls-answer-yes = Ie
polls-answer-if_need_be = Os oes rhaid
polls-answer-no = Na
polls-best = Yr amser gorau hyd yma: { $when }
polls-best-short = gorau
polls-no-answers = Does neb wedi ateb eto.
polls-confirm = Cadarnhau amser
polls-confirm-hint = Mae cadarnhau yn trefnu’r cyfarfod ac yn anfon e-bost at bawb a wahoddwyd.
polls-confirm-button = Cadarnhau { $when }
polls-confirmed-note = Mae’r amser wedi’i gadarnhau.
polls-hello = Helo { $name }. Pa rai o’r amseroedd hyn allech chi ddod iddyn nhw? Atebwch ar gyfer pob un.
polls-confirmed-for = Mae’r cyfarfod wedi’i gadarnhau ar gyfer { $when }. Mae eich gwahoddiad yn eich e-bost.
polls-save-answers = Cadw fy atebion
after-minutes = Cofnodion
after-minutes-edit = Ysgrifennu neu newid y cofnodion
after-minutes-save = Cadw’r cofnodion
after-field-public = Cofnodion y gall unrhyw un eu darllen
after-field-public-hint = Yn cael eu dangos ar dudalen y cyfarfod os yw’r cyfarfod yn gyhoeddus.
after-field-private = Nodiadau preifat
after-field-private-hint = Dim ond cydlynwyr sy’n gweld y rhain.
after-private = Nodiadau preifat (cydlynwyr yn unig)
after-outcomes = Canlyniadau
after-actions = Camau dilynol
after-actions-title = Camau dilynol agored
after-actions-none = Does dim camau dilynol.
after-field-action = Cam
after-field-owner = Pwy fydd yn ei wneud
after-no-owner = Neb eto
after-field-due = Erbyn
after-add-action = Ychwanegu’r cam
after-error-action = Disgrifiwch y cam
after-mark-done = Nodi ei fod wedi’i wneud
after-undo = Heb ei wneud
after-done = wedi’i wneud
after-due = erbyn { $date }
after-overdue = Yn hwyr
after-meeting = Cyfarfod
after-people = Pobl sy’n bresennol
after-people-none = Does neb wedi’i gofnodi eto.
after-add-person = Ychwanegu’r person
after-attachments = Atodiadau
after-attachments-none = Does dim ffeiliau ynghlwm.
after-field-file = Atodi ffeil
after-field-file-hint = PDF, ODT, DOCX, CSV neu lun, 10 MB ar y mwyaf.
after-field-file-public = Gall unrhyw un ei lwytho i lawr (pan fydd y cyfarfod yn gyhoeddus)
after-attach = Atodi
after-public = cyhoeddus
email-meeting-request-received-subject = Mae eich cais i gwrdd â ni wedi dod i law
email-meeting-request-received-body = Helo,

    Diolch am ofyn am gael cwrdd â ni ar ran { $organisation }. Bydd cydlynydd yn cysylltu am amser.
email-meeting-request-scheduled-subject = Mae eich cyfarfod gyda ni wedi’i drefnu
email-meeting-request-scheduled-body = Helo { $name },

    Diolch am ofyn am gael cwrdd â ni. Rydyn ni wedi trefnu cyfarfod ar { $when }. Mae’r ffeil calendr sydd ynghlwm yn ei ychwanegu at eich calendr; atebwch yr e-bost hwn os nad yw’r amser yn gyfleus.
email-meeting-request-declined-subject = Eich cais i gwrdd â ni
email-meeting-request-declined-body = Helo { $name },

    Diolch am ofyn am gael cwrdd â ni. Dydyn ni ddim yn gallu cwrdd ar hyn o bryd:

    { $reason }
email-poll-invite-subject = Pryd allech chi gwrdd? { $title }
email-poll-invite-body = Helo { $name },

    Rydyn ni’n chwilio am amser ar gyfer “{ $title }”. Dyma’r amseroedd posibl (amser y DU):

    { $times }

    Dywedwch pa rai allech chi ddod iddyn nhw, gan ddefnyddio eich dolen eich hun (does dim angen cyfrif):

    { $link }
email-poll-confirmed-subject = Wedi’i gadarnhau: { $title } ar { $when }
email-poll-confirmed-body = Helo { $name },

    Diolch am ateb. Bydd “{ $title }” ar { $when } ({ $place }). Mae’r ffeil calendr sydd ynghlwm yn ei ychwanegu at eich calendr.
polls-invite-more = Gwahodd rhagor o bobl
polls-invite-button = Anfon gwahoddiadau
polls-silent = Pobl sydd heb ateb eto: { $count }
polls-remind = Eu hatgoffa (gyda dolen newydd)
polls-flash-invited = Anfonwyd y gwahoddiadau newydd.
polls-flash-reminded = Anfonwyd nodyn atgoffa at bawb sydd heb ateb.
email-poll-reminder-subject = Nodyn atgoffa: pryd allech chi gwrdd? { $title }
email-poll-reminder-body = Helo { $name },

    Rydyn ni’n dal i chwilio am amser ar gyfer “{ $title }” a hoffen ni glywed gennych chi. Yr amseroedd posibl (amser y DU):

    { $times }

    Atebwch gan ddefnyddio’r ddolen hon (mae’n cymryd lle’r un a anfonwyd o’r blaen):

    { $link }
polls-error-too-many-slots = Cynigiwch 20 amser ar y mwyaf

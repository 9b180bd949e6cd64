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

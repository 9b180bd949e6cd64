# Testun rhyngwyneb Coproduce, Cymraeg. Mae gan bob allwedd yma efaill Saesneg yn locales/en/main.ftl.
# Lle nad ydym yn sicr o gyfieithiad, mae sylw "Ansicr:" uwch ei ben, er mwyn i siaradwr
# Cymraeg ei adolygu. Mae termau'r rhyngwyneb yn dilyn Wicipedia Cymraeg lle bo modd
# (../shared/data/welsh): Mewngofnodi, Allgofnodi, Creu cyfrif, Cyfrinair, E-bost.

site-name = Coproduce
home-title = Hafan
skip-to-content = Neidio i'r prif gynnwys
nav-label = Prif ddewislen
nav-home = Hafan
nav-account = Eich cyfrif
nav-sign-in = Mewngofnodi
nav-sign-up = Creu cyfrif
nav-sign-out = Allgofnodi
nav-admin-users = Pobl
nav-admin-outbox = Blwch post allan
breadcrumbs-label = Briwsion bara
footer-heading = Gwybodaeth am y wefan
footer-licence = Oni nodir yn wahanol, mae popeth y mae'r fenter hon yn ei gyhoeddi yma yn ddata agored o dan drwydded Creative Commons Priodoli 4.0.

## Dyddiadau: "28 Tachwedd 2026, 14:05 GMT"
datetime-format = { $day } { $month } { $year }, { $time } { $zone }
date-format = { $day } { $month } { $year }
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr

## Rolau
role-participant = Cyfranogwr
role-partner = Partner
role-coordinator = Cydlynydd
role-admin = Gweinyddwr

## Yr hafan, yng ngeiriau'r ddogfen sefydlu
home-lead = Coproduce yw'r lle mae'r fenter cyd-gynhyrchu cydraddoldeb yn cofnodi ac yn cynllunio ei gwaith yn agored, a lle gall unrhyw un gymryd rhan.
home-aims-heading = Beth rydym am ei wneud
home-aims-p1 = Rydym am gynyddu cyfranogiad a dylanwad pobl a grwpiau sy'n rhannu nodweddion gwarchodedig yn y Nodau Datblygu Cynaliadwy a Llywodraeth Agored.
home-aims-p2 = Dylai mwy o bobl gael yr offer, yr hyder a'r adnoddau i oresgyn y rhwystrau rhag cymryd rhan yn y penderfyniadau sy'n effeithio arnyn nhw.
home-who-heading = I bwy mae hyn
home-who-p1 = Mae'r fenter yn bartneriaeth o sefydliadau cydraddoldeb ledled y DU, dan arweiniad rhwydwaith cydraddoldeb allweddol ym mhob un o'r gwledydd: Cymru, Lloegr, yr Alban a Gogledd Iwerddon.
home-who-p2 = Mae hi ar gyfer y bobl sydd bellaf oddi wrth y broses o wneud penderfyniadau, gan gynnwys pobl nad ydynt efallai'n gwybod dim am y Nodau Datblygu Cynaliadwy a Llywodraeth Agored. Does dim angen i chi wybod iaith polisi i gymryd rhan.
home-how-heading = Sut rydym yn gweithio
home-how-1 = Cyd-gynhyrchu: y sefydliadau cydraddoldeb sy'n cymryd rhan sy'n penderfynu ar y cyfeiriad a'r cynllun cyffredinol.
# Ansicr: "cyfryngu dinesig" am "civic mediation".
home-how-2 = Cyfryngu dinesig: rydym yn dod â phobl a sefydliadau at ei gilydd i archwilio diddordebau cyffredin.
home-how-3 = Bod yn agored: rydym yn cynllunio'n agored ac yn cyhoeddi pwy rydym wedi cwrdd â nhw, beth rydym wedi'i ddysgu a beth wnaethom ei benderfynu.
home-site-heading = Beth sydd ar y wefan hon
home-site-p1 = Gallwch ddarllen popeth yma, a chreu cyfrif i ymuno â'r gwaith, yn Gymraeg neu yn Saesneg. Bydd rhannau eraill o'r wefan (yr ymgynghoriad agored, y cynllun ac adroddiad y prosiect) yn ymddangos yn y ddewislen wrth iddynt agor.
home-site-orgs = Y cyfeiriadur sefydliadau: pwy sy'n cymryd rhan, yn ôl gwlad a'r bobl y maen nhw'n gweithio gyda nhw; gofynnwch am gynnwys eich sefydliad
home-site-wiki = Y wici: dogfen sefydlu'r fenter a'i chynlluniau, y gall unrhyw un sydd â chyfrif eu golygu
home-site-meetings = Cyfarfodydd: pwy rydyn ni’n cwrdd â nhw a phryd, gyda chalendr y gallwch danysgrifio iddo; gofynnwch am gael cwrdd â ni
home-site-events = Digwyddiadau: y sgwrs agored a’r uwchgynhadledd, a sut i gofrestru a dweud wrthyn ni beth sydd ei angen arnoch i gymryd rhan
home-site-who = Pwy rydyn ni wedi cwrdd â nhw: y sefydliadau rydyn ni wedi cwrdd â nhw a gytunodd i gael eu henwi
home-site-consultations = Ymgynghoriadau: dogfennau y gallwch roi sylwadau arnynt, rhan wrth ran
home-site-consortium = Y consortiwm: y sefydliadau cydraddoldeb sy'n rhedeg y fenter
home-site-decisions = Cofrestr penderfyniadau: beth mae'r consortiwm wedi'i benderfynu, a sut
home-site-plan = Y cynllun: ein hallbynnau, cerrig milltir a chynnydd, yn agored
home-glossary-heading = Geiriau rydym yn eu defnyddio
glossary-sdg-term = Nodau Datblygu Cynaliadwy
glossary-sdg-def = 17 o nodau a gytunwyd gan y Cenhedloedd Unedig yn 2015 ar gyfer byd tecach ac iachach erbyn 2030, fel rhoi diwedd ar dlodi a lleihau anghydraddoldeb.
glossary-opengov-term = Llywodraeth Agored
glossary-opengov-def = Llywodraethau'n gweithio'n agored: bod yn dryloyw, gadael i bobl gymryd rhan mewn penderfyniadau, a bod yn atebol am yr hyn maen nhw'n ei wneud.
glossary-protected-term = Nodweddion gwarchodedig
glossary-protected-def = Y naw peth y mae Deddf Cydraddoldeb 2010 yn amddiffyn pobl rhag gwahaniaethu o'u herwydd: oedran, anabledd, ailbennu rhywedd, priodas a phartneriaeth sifil, beichiogrwydd a mamolaeth, hil, crefydd neu gred, rhyw, a chyfeiriadedd rhywiol.
glossary-coproduction-term = Cyd-gynhyrchu
glossary-coproduction-def = Gweithio fel partneriaid cyfartal: mae'r bobl y mae penderfyniad yn effeithio arnynt yn ei lunio ar y cyd â'r bobl sy'n ei wneud.

## Ffurflenni
error-summary-title = Mae problem
error-title-prefix = Gwall
field-name = Enw llawn
field-name-hint = Yr enw yr hoffech i bobl eraill ei weld.
field-email = Cyfeiriad e-bost
field-email-hint = Byddwn yn anfon dolen atoch i'w gadarnhau. Ni fyddwn byth yn ei ddangos i bobl eraill.
field-password = Cyfrinair
field-new-password = Cyfrinair newydd
field-new-password-hint = O leiaf 8 nod. Mae ychydig o eiriau digyswllt yn gwneud cyfrinair cryf sy'n hawdd ei gofio.
field-current-password = Cyfrinair presennol
field-new-email = Cyfeiriad e-bost newydd
field-new-email-hint = Byddwn yn anfon dolen i'r cyfeiriad newydd. Bydd eich cyfeiriad yn newid pan fyddwch yn ei defnyddio.
field-language = Iaith
save-button = Cadw
search-button = Chwilio
send-link-button = Anfon y ddolen
cancel-link = Canslo a mynd yn ôl

error-name-missing = Rhowch eich enw llawn
error-name-too-long = Rhaid i'ch enw fod yn 100 nod neu lai
error-email-missing = Rhowch eich cyfeiriad e-bost
error-email-too-long = Rhaid i'ch cyfeiriad e-bost fod yn 254 nod neu lai
error-email-invalid = Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.cymru
error-email-unchanged = Rhowch gyfeiriad e-bost newydd sy'n wahanol i'ch un presennol
error-password-missing = Rhowch gyfrinair
error-password-too-short = Rhaid i'ch cyfrinair fod yn o leiaf 8 nod
error-password-too-long = Rhaid i'ch cyfrinair fod yn 256 nod neu lai
error-password-common = Mae'r cyfrinair hwn yn un o'r cyfrineiriau mwyaf cyffredin, felly mae'n hawdd ei ddyfalu. Dewiswch un gwahanol
error-password-same-as-email = Ni chaiff eich cyfrinair fod yr un fath â'ch cyfeiriad e-bost
error-current-password-missing = Rhowch eich cyfrinair presennol
error-current-password-wrong = Nid yw eich cyfrinair presennol yn gywir
error-sign-in-failed = Rhowch gyfeiriad e-bost a chyfrinair cywir
error-email-unconfirmed = Mae angen i chi gadarnhau eich cyfeiriad e-bost cyn mewngofnodi. Rydym wedi anfon dolen newydd atoch
error-account-suspended = Mae'r cyfrif hwn wedi'i atal. Cysylltwch â'r cydlynwyr os ydych yn credu bod hyn yn gamgymeriad
error-lang-invalid = Dewiswch English neu Cymraeg
error-delete-confirm = Ticiwch y blwch i gadarnhau eich bod am ddileu eich cyfrif
error-last-admin = Chi yw'r unig weinyddwr. Gwnewch rywun arall yn weinyddwr yn gyntaf
error-role-invalid = Dewiswch rôl o'r rhestr
error-form-unreadable = Nid oedd modd darllen y ffurflen. Ewch yn ôl, gwiriwch eich atebion a rhowch gynnig arall arni.
error-csrf = Mae'r ffurflen hon wedi dod i ben neu wedi dod o wefan arall. Ewch yn ôl, ail-lwythwch y dudalen a rhowch gynnig arall arni.

## Creu cyfrif, mewngofnodi, dolenni
sign-up-title = Creu cyfrif
sign-up-intro = Gyda chyfrif gallwch ddilyn tudalennau, rhoi sylwadau ac ymuno. Mae am ddim.
sign-up-button = Creu cyfrif
sign-up-have-account = Oes gennych gyfrif yn barod?
check-email-title = Gwiriwch eich e-bost
check-email-p1 = Os gall y cyfeiriad a roesoch dderbyn dolen, rydym wedi anfon un ato.
check-email-p2 = Mae'r ddolen yn gweithio unwaith. Mae dolenni i gadarnhau cyfeiriad yn para 48 awr, dolenni i ailosod cyfrinair 1 awr, a dolenni i fewngofnodi 15 munud.
check-email-p3 = Os na ddaw dim o fewn ychydig funudau, edrychwch yn eich ffolder sbam neu sothach, neu gofynnwch am ddolen newydd.
confirm-email-title = Cadarnhau eich cyfeiriad e-bost
confirm-email-intro = Pwyswch y botwm i gadarnhau mai hwn yw eich cyfeiriad e-bost.
confirm-email-button = Cadarnhau fy nghyfeiriad e-bost
sign-in-title = Mewngofnodi
sign-in-button = Mewngofnodi
forgot-title = Ailosod eich cyfrinair
forgot-intro = Rhowch gyfeiriad e-bost eich cyfrif. Byddwn yn anfon dolen atoch i ddewis cyfrinair newydd.
reset-title = Dewis cyfrinair newydd
reset-button = Cadw'r cyfrinair newydd
sign-in-link-title = Mewngofnodi gyda dolen drwy e-bost
sign-in-link-intro = Rhowch gyfeiriad e-bost eich cyfrif. Byddwn yn anfon dolen atoch sy'n eich mewngofnodi heb gyfrinair.
sign-in-link-use-title = Mewngofnodi
sign-in-link-use-intro = Pwyswch y botwm i fewngofnodi i Coproduce.
change-email-title = Cadarnhau eich cyfeiriad e-bost newydd
change-email-intro = Pwyswch y botwm i wneud hwn yn gyfeiriad e-bost eich cyfrif.
change-email-button = Cadarnhau'r cyfeiriad newydd
link-invalid-title = Mae'r ddolen hon wedi dod i ben neu wedi'i defnyddio eisoes
link-invalid-p1 = Mae pob dolen yn gweithio unwaith yn unig ac am gyfnod byr. Gallwch ofyn am un newydd.

## Cyfrif
account-title = Eich cyfrif
account-role = Rôl
account-member-since = Aelod ers
account-profile-heading = Enw ac iaith
account-email-heading = Newid eich cyfeiriad e-bost
account-email-button = Anfon dolen gadarnhau
account-password-heading = Newid eich cyfrinair
account-password-button = Newid cyfrinair
account-data-heading = Eich data
account-data-intro = Gallwch lwytho i lawr popeth sydd gennym amdanoch, neu ddileu eich cyfrif.
account-data-download = Llwytho eich data i lawr (JSON)
delete-title = Dileu eich cyfrif
delete-warning = Does dim modd dadwneud dileu eich cyfrif. Bydd eich enw a'ch cyfeiriad e-bost yn cael eu dileu a byddwch yn cael eich allgofnodi ym mhobman.
delete-password-hint = Rhowch eich cyfrinair i gadarnhau mai chi sydd yno.
delete-confirm-label = Rwy'n deall y bydd fy nghyfrif yn cael ei ddileu
delete-button = Dileu fy nghyfrif

## Negeseuon byr
flash-signed-in = Rydych wedi mewngofnodi.
flash-signed-out = Rydych wedi allgofnodi.
flash-email-confirmed = Mae eich cyfeiriad e-bost wedi'i gadarnhau. Gallwch fewngofnodi nawr.
flash-account-saved = Mae eich manylion wedi'u cadw.
flash-password-changed = Mae eich cyfrinair wedi'i newid.
flash-email-change-sent = Rydym wedi anfon dolen i'ch cyfeiriad e-bost newydd. Bydd eich cyfeiriad yn newid pan fyddwch yn ei defnyddio.
flash-email-changed = Mae eich cyfeiriad e-bost wedi'i newid.
flash-account-deleted = Mae eich cyfrif wedi'i ddileu.
flash-role-changed = Mae'r rôl wedi'i newid.
flash-last-admin = Ni all yr unig weinyddwr roi'r gorau i fod yn weinyddwr. Gwnewch rywun arall yn weinyddwr yn gyntaf.
flash-user-suspended = Mae'r cyfrif wedi'i atal a'i allgofnodi ym mhobman.
flash-user-restored = Mae'r cyfrif wedi'i adfer.
flash-cannot-suspend-self = Ni allwch atal eich cyfrif eich hun.

## Gweinyddu
admin-users-title = Pobl
# Mae gan y Gymraeg chwe ffurf luosog (CLDR): dim, un, dau (treiglad meddal),
# tri (treiglad llaes), chwech (treiglad llaes) a'r gweddill.
admin-users-count = { $count ->
    [zero] dim cyfrifon
    [one] { $count } cyfrif
    [two] { $count } gyfrif
    [few] { $count } chyfrif
    [many] { $count } chyfrif (chwech)
   *[other] { $count } o gyfrifon
}
admin-users-search = Chwilio yn ôl enw neu gyfeiriad e-bost
admin-users-none = Does dim cyfrifon yn cyfateb i'ch chwiliad.
admin-users-caption = Cyfrifon, y mwyaf newydd yn gyntaf
admin-users-status = Statws
admin-users-role-for = Rôl { $name }
admin-users-change-role = Newid rôl
admin-users-active = Gweithredol
admin-users-unconfirmed = E-bost heb ei gadarnhau
admin-users-suspended = Wedi'i atal
admin-users-suspend = Atal
admin-users-restore = Adfer
admin-outbox-title = Blwch post allan
admin-outbox-no-smtp = Does dim gweinydd e-bost wedi'i osod, felly nid yw negeseuon e-bost yn cael eu hanfon: maen nhw'n cael eu cadw yma a'u hysgrifennu i'r log. Copïwch ddolen o neges i'w defnyddio.
admin-outbox-smtp = Mae negeseuon e-bost yn cael eu hanfon drwy'r gweinydd e-bost a osodwyd. Mae negeseuon sy'n methu yn cael eu hanfon eto ar ôl aros yn hirach bob tro.
admin-outbox-smtp-links = Mae dolenni sy'n mewngofnodi rhywun neu'n agor eu tudalennau personol wedi'u cuddio yma, gan fod y gweinydd yn eu hanfon ei hun.
admin-outbox-retention-heading = Am ba hyd mae negeseuon e-bost a anfonwyd yn cael eu cadw
admin-outbox-keep-days = Dileu negeseuon e-bost a anfonwyd neu a fethodd ar ôl y nifer hwn o ddyddiau
admin-outbox-keep-days-hint = Rhif cyfan o 1 i 3650. Nid yw negeseuon sy'n aros i gael eu hanfon byth yn cael eu dileu.
admin-outbox-retention-button = Cadw
error-outbox-keep-days = Rhowch nifer cyfan o ddyddiau o 1 i 3650
flash-outbox-retention-saved = Mae'r cyfnod ar gyfer cadw negeseuon e-bost a anfonwyd wedi'i gadw.
admin-outbox-empty = Dim negeseuon e-bost eto.
admin-outbox-to = At
admin-outbox-status = Statws
admin-outbox-created = Crëwyd
admin-outbox-error = Gwall diwethaf
admin-outbox-attempts = { $count ->
    [zero] dim ymgais
    [one] { $count } ymgais
    [two] { $count } ymgais
    [few] { $count } ymgais
    [many] { $count } ymgais
   *[other] { $count } o ymgeisiau
}
outbox-status-pending = Yn aros i'w anfon
outbox-status-sending = Yn anfon
outbox-status-sent = Wedi'i anfon
outbox-status-logged = Wedi'i gadw yma (dim gweinydd e-bost)
outbox-status-failed = Wedi methu

## Negeseuon e-bost
email-signature = Coproduce: y fenter cyd-gynhyrchu cydraddoldeb
email-confirm-subject = Cadarnhewch eich cyfeiriad e-bost ar gyfer { $site }
email-confirm-body = Helo,

    Cadarnhewch eich cyfeiriad e-bost drwy agor y ddolen hon:

    { $link }

    Mae'r ddolen yn gweithio unwaith, am 48 awr. Os na wnaethoch greu cyfrif, gallwch anwybyddu'r neges hon.
email-already-registered-subject = Ceisiodd rhywun greu cyfrif gyda'ch cyfeiriad e-bost
email-already-registered-body = Helo { $name },

    Ceisiodd rhywun greu cyfrif { $site } newydd gyda'r cyfeiriad e-bost hwn, ond mae gennych un yn barod.

    Os mai chi oedd yno, mewngofnodwch yma: { $link }
    Os ydych wedi anghofio eich cyfrinair, gallwch ei ailosod o'r dudalen honno.

    Os nad chi oedd yno, does dim angen i chi wneud dim.
email-reset-subject = Ailosod eich cyfrinair { $site }
email-reset-body = Helo { $name },

    I ddewis cyfrinair newydd, agorwch y ddolen hon:

    { $link }

    Mae'r ddolen yn gweithio unwaith, am 1 awr. Os na wnaethoch ofyn am hyn, gallwch anwybyddu'r neges hon: nid yw eich cyfrinair wedi newid.
email-sign-in-link-subject = Eich dolen i fewngofnodi i { $site }
email-sign-in-link-body = Helo { $name },

    Agorwch y ddolen hon i fewngofnodi:

    { $link }

    Mae'r ddolen yn gweithio unwaith, am 15 munud. Os na wnaethoch ofyn amdani, gallwch anwybyddu'r neges hon.
email-change-email-subject = Cadarnhewch eich cyfeiriad e-bost newydd ar gyfer { $site }
email-change-email-body = Helo,

    I wneud hwn yn gyfeiriad e-bost eich cyfrif, agorwch y ddolen hon:

    { $link }

    Mae'r ddolen yn gweithio unwaith, am 48 awr. Os na wnaethoch ofyn am hyn, gallwch anwybyddu'r neges hon.
email-email-changed-subject = Mae eich cyfeiriad e-bost { $site } wedi newid
email-email-changed-body = Helo { $name },

    Mae cyfeiriad e-bost eich cyfrif wedi'i newid, felly ni fyddwn yn ysgrifennu i'r cyfeiriad hwn mwyach.

    Os nad chi wnaeth hyn, cysylltwch â'r cydlynwyr ar unwaith. Eich cyfrif: { $link }

## Tudalennau gwall
error-status-code = Cod gwall:
error-go-home = Mynd i'r hafan
error-400-title = Mae'n ddrwg gennym, mae problem gyda'r cais
error-400-detail = Nid oedd y dudalen yn deall yr hyn a anfonwyd. Ewch yn ôl a rhowch gynnig arall arni.
error-403-title = Ni allwch ddefnyddio'r dudalen hon
error-403-detail = Nid oes gan eich cyfrif ganiatâd i weld y dudalen hon nac i wneud hyn.
error-404-title = Heb ddod o hyd i'r dudalen
error-404-detail = Os teipioch chi'r cyfeiriad gwe, gwiriwch ei fod yn gywir. Os gwnaethoch ei ludo, gwiriwch eich bod wedi copïo'r cyfeiriad cyfan.
error-405-title = Mae'n ddrwg gennym, nid oes modd gwneud hynny yma
error-405-detail = Nid yw'r dudalen hon yn derbyn y math hwnnw o gais.
error-408-title = Mae'n ddrwg gennym, cymerodd hynny ormod o amser
error-408-detail = Cymerodd y cais ormod o amser i orffen. Rhowch gynnig arall arni mewn munud.
error-413-title = Mae'r hyn a anfonoch yn rhy fawr
error-413-detail = Mae'r ffurflen neu'r ffeil yn fwy nag y mae'r wefan hon yn ei dderbyn. Gwnewch hi'n llai a rhowch gynnig arall arni.
error-422-title = Mae problem gyda'r hyn a roesoch
error-422-detail = Ewch yn ôl, gwiriwch eich atebion a rhowch gynnig arall arni.
error-429-title = Gormod o ymgeisiau
error-429-detail = Rydych wedi ceisio gormod o weithiau mewn amser byr. Arhoswch ychydig funudau, yna rhowch gynnig arall arni.
error-429-detail-sign-in = Bu gormod o ymgeisiau. Er eich diogelwch, arhoswch 5 munud cyn rhoi cynnig arall arni, neu mewngofnodwch gyda dolen drwy e-bost.
error-503-title = Mae'n ddrwg gennym, nid yw'r gwasanaeth ar gael
error-503-detail = Ni allwn gyrraedd ein cronfa ddata ar hyn o bryd. Ni chadwyd dim o'r hyn a roesoch, felly rhowch gynnig arall arni ymhen ychydig funudau.
error-500-title = Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth
error-500-detail = Aeth rhywbeth o'i le ar ein hochr ni. Ni chollwyd dim o'r hyn a roesoch. Rhowch gynnig arall arni nes ymlaen.

## Datganiad hygyrchedd
accessibility-title = Datganiad hygyrchedd
accessibility-s1-title = Defnyddio'r wefan hon
accessibility-s1-p1 = Rydym am i gynifer o bobl â phosibl allu defnyddio Coproduce. Dylech allu newid lliwiau, lefelau cyferbynnedd a ffontiau; chwyddo hyd at 400% heb i'r testun ddiflannu oddi ar y sgrin; defnyddio'r wefan gyfan gyda bysellfwrdd yn unig; ei defnyddio gyda meddalwedd adnabod lleferydd; a gwrando arni gyda darllenydd sgrin.
accessibility-s1-p2 = Mae pob tudalen ar gael yn Gymraeg ac yn Saesneg. Defnyddiwch y ddolen iaith ar frig pob tudalen i newid.
accessibility-s2-title = Pa mor hygyrch yw'r wefan hon
accessibility-s2-p1 = Rydym yn anelu at fodloni Canllawiau Hygyrchedd Cynnwys y We (WCAG) fersiwn 2.2 ar lefel AA. Mae pob tudalen yn cael ei phrofi'n awtomatig gydag axe-core mewn porwr go iawn, yn y ddwy iaith, ac â llaw gyda bysellfwrdd.
accessibility-s2-p2 = Mae'r wefan yn gweithio heb JavaScript, ar led o 320 picsel, yn y modd cyferbynnedd uchel ac wrth argraffu.
accessibility-s3-title = Rhoi gwybod am broblemau a gofyn am fformat arall
accessibility-s3-p1 = Os dewch o hyd i broblem, neu os oes angen gwybodaeth arnoch mewn fformat arall fel Hawdd ei Ddeall, print bras neu sain, rhowch wybod i gydlynwyr y fenter. Byddwn yn ateb o fewn 5 diwrnod gwaith.
accessibility-s3-p2 = Os nad ydych yn hapus gyda'n hymateb, gallwch gysylltu â'r Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS), neu yng Ngogledd Iwerddon â Chomisiwn Cydraddoldeb Gogledd Iwerddon.

## Hysbysiad preifatrwydd
privacy-title = Hysbysiad preifatrwydd
privacy-s1-title = Beth rydym yn ei gasglu
privacy-s1-p1 = Os byddwch yn creu cyfrif, byddwn yn cadw eich enw, cyfeiriad e-bost, iaith, cyfrinair (wedi'i sgramblo gydag argon2id fel na all neb ei ddarllen) a phryd y gwnaethoch fewngofnodi. Rydym yn cadw cofnod o'r negeseuon e-bost a anfonwn atoch.
privacy-s1-p2 = Dim ond i'ch cadw wedi mewngofnodi, cofio eich iaith, diogelu ffurflenni rhag ffugio a dangos negeseuon unwaith yn unig y defnyddiwn gwcis. Nid ydym yn defnyddio cwcis hysbysebu nac olrhain.
privacy-s2-title = Pwy all ei weld
privacy-s2-p1 = Mae eich cyfeiriad e-bost a'ch manylion cyswllt yn breifat: dim ond y bobl sy'n rhedeg y gwasanaeth all eu gweld, a hynny i'w redeg yn unig. Mae unrhyw beth a gyhoeddwch ar y wefan, fel sylwadau, yn dangos eich enw.
privacy-s2-p2 = Mae gwybodaeth am anghenion mynediad neu fonitro cydraddoldeb yn ddata categori arbennig o dan GDPR y DU. Mae'n breifat yn ddiofyn, dim ond trefnwyr sy'n ei gweld, a dim ond fel cyfansymiau dienw y caiff ei chyhoeddi.
privacy-s2-p3 = Os byddwch chi’n cofrestru ar gyfer digwyddiad neu’n gofyn am gael cwrdd â ni, rydyn ni’n cadw’r hyn rydych chi’n ei ddweud wrthyn ni (eich enw, cyfeiriad e-bost, sefydliad, anghenion mynediad) i’w drefnu. Mae enwau a manylion cyswllt pobl sydd wedi cofrestru yn cael eu dileu 90 diwrnod ar ôl y digwyddiad; mae atebion monitro cydraddoldeb yn cael eu cadw ar wahân i’ch enw ac yn cael eu dileu os byddwch chi’n canslo.
privacy-s3-title = Eich hawliau
privacy-s3-p1 = Gallwch lwytho i lawr popeth sydd gennym amdanoch a dileu eich cyfrif unrhyw bryd o dudalen eich cyfrif. Gallwch hefyd ofyn i'r cydlynwyr gywiro neu ddileu eich data, neu gwyno i Swyddfa'r Comisiynydd Gwybodaeth (ICO).

## Trwydded data agored
licence-title = Trwydded data agored
licence-s1-title = Beth gallwch ei wneud â'n cynnwys
licence-s1-p1 = Oni bai bod tudalen yn dweud yn wahanol, mae'r testun a'r data y mae'r fenter hon yn eu cyhoeddi yma wedi'u trwyddedu o dan drwydded Ryngwladol Creative Commons Priodoli 4.0 (CC BY 4.0).
licence-s1-p2 = Gallwch eu copïo, eu rhannu a'u haddasu at unrhyw ddiben, gan gynnwys yn fasnachol, cyhyd â'ch bod yn cydnabod y fenter cyd-gynhyrchu cydraddoldeb ac yn rhoi dolen i'r ffynhonnell.
licence-s2-title = Beth nad yw wedi'i gynnwys
licence-s2-p1 = Nid yw data personol, logos sefydliadau eraill na deunydd sy'n eiddo i bobl eraill wedi'u cynnwys yn y drwydded hon.
licence-s3-title = Y feddalwedd
licence-s3-p1 = Mae Coproduce ei hun yn feddalwedd rydd o dan Drwydded Gyhoeddus Gyffredinol Affero GNU, fersiwn 3 neu ddiweddarach.

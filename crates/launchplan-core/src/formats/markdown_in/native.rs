//! Digits and calendar words written in scripts the date finder does not read: Bengali "১৫
//! মার্চ ২০৩১", Hindi "१५ मार्च", Arabic-Indic, Persian, Thai, Myanmar, Khmer and full-width
//! digits. The reader reads a copy with ASCII digits and English words ("15 March 2031",
//! "day 1-2"), and the plan it makes gets the writer's own forms back in every text, so that
//! nothing the user wrote reads differently after an import.

use crate::plan::Plan;

/// The zero of each run of ten digits read as ASCII ones.
const ZEROS: [char; 16] = [
    '\u{0660}', // Arabic-Indic
    '\u{06F0}', // Persian (Extended Arabic-Indic)
    '\u{0966}', // Devanagari
    '\u{09E6}', // Bengali
    '\u{0A66}', // Gurmukhi
    '\u{0AE6}', // Gujarati
    '\u{0B66}', // Oriya
    '\u{0BE6}', // Tamil
    '\u{0C66}', // Telugu
    '\u{0CE6}', // Kannada
    '\u{0D66}', // Malayalam
    '\u{0E50}', // Thai
    '\u{0ED0}', // Lao
    '\u{1040}', // Myanmar
    '\u{17E0}', // Khmer
    '\u{FF10}', // full-width
];

/// Words of the calendar in Bengali and Hindi, with the English word the reader knows: a
/// deadline ("ডেডলাইন"), the launch's date and the last update ("লঞ্চ তারিখ", "সর্বশেষ আপডেট"), the months ("সেপ্টেম্বর", "सितंबर") and the units of a count ("দিন ১-২":
/// days 1-2).
static WORDS: [(&str, &str); 559] = [
    // Bulgarian and Serbian months the date finder does not carry (it is loaded at start;
    // "март", "май", "август", "mart", "april", "maj", "jun", "jul" it knows already).
    ("януари", "January"),
    ("февруари", "February"),
    ("април", "April"),
    ("юни", "June"),
    ("юли", "July"),
    ("септември", "September"),
    ("октомври", "October"),
    ("ноември", "November"),
    ("декември", "December"),
    ("avgust", "August"),
    ("septembar", "September"),
    ("oktobar", "October"),
    ("novembar", "November"),
    ("decembar", "December"),
    // Malay months the date finder does not carry ("Januari", "Mei", "Jun", "Julai",
    // "Oktober" it reads already; not "Mac", a computer as often as March).
    ("ogos", "August"),
    ("disember", "December"),
    ("ডেডলাইন", "Deadline"),
    ("डेडलाइन", "Deadline"),
    ("লঞ্চ", "launch"),
    ("তারিখ", "date"),
    ("लॉन्च", "launch"),
    ("तारीख", "date"),
    ("সর্বশেষ", "last"),
    ("আপডেট", "updated"),
    ("জানুয়ারি", "January"),
    ("ফেব্রুয়ারি", "February"),
    ("মার্চ", "March"),
    ("এপ্রিল", "April"),
    ("মে", "May"),
    ("জুন", "June"),
    ("জুলাই", "July"),
    ("আগস্ট", "August"),
    ("সেপ্টেম্বর", "September"),
    ("অক্টোবর", "October"),
    ("নভেম্বর", "November"),
    ("ডিসেম্বর", "December"),
    ("দিন", "day"),
    ("সপ্তাহ", "week"),
    ("जनवरी", "January"),
    ("फ़रवरी", "February"),
    ("फरवरी", "February"),
    ("मार्च", "March"),
    ("अप्रैल", "April"),
    ("मई", "May"),
    ("जून", "June"),
    ("जुलाई", "July"),
    ("अगस्त", "August"),
    ("सितंबर", "September"),
    ("सितम्बर", "September"),
    ("अक्टूबर", "October"),
    ("अक्तूबर", "October"),
    ("नवंबर", "November"),
    ("नवम्बर", "November"),
    ("दिसंबर", "December"),
    ("दिसम्बर", "December"),
    ("दिन", "day"),
    ("सप्ताह", "week"),
    ("हफ़्ता", "week"),
    ("हफ्ता", "week"),
    ("महीना", "month"),
    // Marathi months ("३ जुलै", "5 ऑगस्ट"; "मार्च" and "जून" as in Hindi), and the count of a
    // time before or after an event ("एक आठवडा आधी", a week before; "दोन आठवड्यांत", within
    // two weeks: the units read as plurals, which count after a number word).
    ("जानेवारी", "January"),
    ("फेब्रुवारी", "February"),
    ("एप्रिल", "April"),
    ("मे", "May"),
    ("जुलै", "July"),
    ("ऑगस्ट", "August"),
    ("सप्टेंबर", "September"),
    ("ऑक्टोबर", "October"),
    ("नोव्हेंबर", "November"),
    ("डिसेंबर", "December"),
    ("एक", "one"),
    ("दोन", "two"),
    ("तीन", "three"),
    ("चार", "four"),
    ("आठवडा", "weeks"),
    ("आठवडे", "weeks"),
    ("आठवड्यांत", "weeks"),
    ("दिवस", "days"),
    ("दिवसांत", "days"),
    ("महिने", "months"),
    ("आधी", "before"),
    ("पूर्वी", "before"),
    ("नंतर", "after"),
    ("झाल्यानंतर", "after"),
    // Kannada months, the count of a time and its side ("ಒಂದು ವಾರ ಮೊದಲು", a week before).
    ("ಜನವರಿ", "January"),
    ("ಫೆಬ್ರವರಿ", "February"),
    ("ಮಾರ್ಚ್", "March"),
    ("ಏಪ್ರಿಲ್", "April"),
    ("ಮೇ", "May"),
    ("ಜೂನ್", "June"),
    ("ಜುಲೈ", "July"),
    ("ಆಗಸ್ಟ್", "August"),
    ("ಸೆಪ್ಟೆಂಬರ್", "September"),
    ("ಅಕ್ಟೋಬರ್", "October"),
    ("ನವೆಂಬರ್", "November"),
    ("ಡಿಸೆಂಬರ್", "December"),
    ("ಒಂದು", "one"),
    ("ಎರಡು", "two"),
    ("ಮೂರು", "three"),
    ("ನಾಲ್ಕು", "four"),
    ("ವಾರ", "weeks"),
    ("ವಾರಗಳು", "weeks"),
    ("ದಿನಗಳು", "days"),
    ("ದಿನಗಳೊಳಗೆ", "days"),
    ("ವಾರಗಳೊಳಗೆ", "weeks"),
    ("ತಿಂಗಳು", "months"),
    ("ಮೊದಲು", "before"),
    ("ಮುಂಚೆ", "before"),
    ("ನಂತರ", "after"),
    // Telugu months (both spellings of those written two ways), the count of a time and its
    // side ("మూడు రోజుల ముందు", three days before).
    ("జనవరి", "January"),
    ("ఫిబ్రవరి", "February"),
    ("మార్చి", "March"),
    ("ఏప్రిల్", "April"),
    ("మే", "May"),
    ("జూన్", "June"),
    ("జులై", "July"),
    ("జూలై", "July"),
    ("ఆగస్టు", "August"),
    ("సెప్టెంబరు", "September"),
    ("సెప్టెంబర్", "September"),
    ("అక్టోబరు", "October"),
    ("అక్టోబర్", "October"),
    ("నవంబరు", "November"),
    ("నవంబర్", "November"),
    ("డిసెంబరు", "December"),
    ("డిసెంబర్", "December"),
    ("ఒక", "one"),
    ("రెండు", "two"),
    ("మూడు", "three"),
    ("నాలుగు", "four"),
    ("రోజుల", "days"),
    ("రోజులు", "days"),
    ("వారం", "weeks"),
    ("వారాలు", "weeks"),
    ("వారాల్లోగా", "weeks"),
    ("వారాల్లోపు", "weeks"),
    ("రోజుల్లోగా", "days"),
    ("రోజుల్లోపు", "days"),
    ("నెలలు", "months"),
    ("ముందు", "before"),
    ("తర్వాత", "after"),
    // Malayalam months, number words (as digits: they write days, "ഫെബ്രുവരി രണ്ട് മുതൽ
    // അഞ്ച് വരെ", 2 to 5 February, and counts, "പത്ത് ദിവസത്തിനകം", within ten days; the
    // dative forms, "ഒമ്പതിന്", on the 9th, as well), units, and the sides of a count
    // ("ഒരാഴ്ച മുമ്പ്", a week before).
    ("ജനുവരി", "January"),
    ("ഫെബ്രുവരി", "February"),
    ("മാർച്ച്", "March"),
    ("ഏപ്രിൽ", "April"),
    ("മേയ്", "May"),
    ("മെയ്", "May"),
    ("ജൂൺ", "June"),
    ("ജൂലൈ", "July"),
    ("ഓഗസ്റ്റ്", "August"),
    ("ആഗസ്റ്റ്", "August"),
    ("സെപ്റ്റംബർ", "September"),
    ("ഒക്ടോബർ", "October"),
    ("നവംബർ", "November"),
    ("ഡിസംബർ", "December"),
    ("ഒന്ന്", "1"),
    ("രണ്ട്", "2"),
    ("മൂന്ന്", "3"),
    ("മൂന്നു", "3"),
    ("നാല്", "4"),
    ("അഞ്ച്", "5"),
    ("ആറ്", "6"),
    ("ഏഴ്", "7"),
    ("എട്ട്", "8"),
    ("ഒമ്പത്", "9"),
    ("പത്ത്", "10"),
    ("രണ്ടിന്", "2"),
    ("മൂന്നിന്", "3"),
    ("നാലിന്", "4"),
    ("അഞ്ചിന്", "5"),
    ("ആറിന്", "6"),
    ("ഏഴിന്", "7"),
    ("എട്ടിന്", "8"),
    ("ഒമ്പതിന്", "9"),
    ("പത്തിന്", "10"),
    ("ആഴ്ച", "weeks"),
    ("ദിവസം", "days"),
    ("ദിവസത്തിനകം", "days"),
    ("ദിവസത്തിനുള്ളിൽ", "days"),
    ("ആഴ്ചയ്ക്കകം", "weeks"),
    ("ആഴ്ചയ്ക്കുള്ളിൽ", "weeks"),
    ("മാസം", "months"),
    ("മുമ്പ്", "before"),
    ("മുൻപ്", "before"),
    ("ശേഷം", "after"),
    // Gujarati months, the count of a time and its side ("બે દિવસ પહેલાં", two days before).
    ("જાન્યુઆરી", "January"),
    ("ફેબ્રુઆરી", "February"),
    ("માર્ચ", "March"),
    ("એપ્રિલ", "April"),
    ("મે", "May"),
    ("જૂન", "June"),
    ("જુલાઈ", "July"),
    ("ઓગસ્ટ", "August"),
    ("ઑગસ્ટ", "August"),
    ("સપ્ટેમ્બર", "September"),
    ("ઓક્ટોબર", "October"),
    ("ઑક્ટોબર", "October"),
    ("નવેમ્બર", "November"),
    ("ડિસેમ્બર", "December"),
    ("એક", "one"),
    ("બે", "two"),
    ("ત્રણ", "three"),
    ("ચાર", "four"),
    ("દિવસ", "days"),
    ("અઠવાડિયા", "weeks"),
    ("અઠવાડિયું", "weeks"),
    ("અઠવાડિયામાં", "weeks"),
    ("મહિના", "months"),
    ("પહેલાં", "before"),
    ("પહેલા", "before"),
    ("પછી", "after"),
    // Punjabi (Gurmukhi) months (both spellings of April and February), the count of a time
    // and its side ("ਇੱਕ ਹਫ਼ਤਾ ਪਹਿਲਾਂ", a week before; "ਦੋ ਹਫ਼ਤੇ ਬਾਅਦ", two weeks after).
    ("ਜਨਵਰੀ", "January"),
    ("ਫ਼ਰਵਰੀ", "February"),
    ("ਫਰਵਰੀ", "February"),
    ("ਮਾਰਚ", "March"),
    ("ਅਪਰੈਲ", "April"),
    ("ਅਪ੍ਰੈਲ", "April"),
    ("ਮਈ", "May"),
    ("ਜੂਨ", "June"),
    ("ਜੁਲਾਈ", "July"),
    ("ਅਗਸਤ", "August"),
    ("ਸਤੰਬਰ", "September"),
    ("ਅਕਤੂਬਰ", "October"),
    ("ਨਵੰਬਰ", "November"),
    ("ਦਸੰਬਰ", "December"),
    ("ਇੱਕ", "one"),
    ("ਦੋ", "two"),
    ("ਤਿੰਨ", "three"),
    ("ਚਾਰ", "four"),
    ("ਦਿਨ", "days"),
    ("ਹਫ਼ਤਾ", "weeks"),
    ("ਹਫ਼ਤੇ", "weeks"),
    ("ਹਫਤਾ", "weeks"),
    ("ਹਫਤੇ", "weeks"),
    ("ਮਹੀਨਾ", "months"),
    ("ਮਹੀਨੇ", "months"),
    ("ਪਹਿਲਾਂ", "before"),
    ("ਬਾਅਦ", "after"),
    // Urdu months, "یکم" (the first of a month: "یکم اپریل"), the count of a time and its side
    // ("دس دن پہلے", ten days before; "ایک ماہ بعد", a month after). (Not "ہفتہ", which is
    // Saturday as well as a week.)
    ("جنوری", "January"),
    ("فروری", "February"),
    ("مارچ", "March"),
    ("اپریل", "April"),
    ("مئی", "May"),
    ("جون", "June"),
    ("جولائی", "July"),
    ("اگست", "August"),
    ("ستمبر", "September"),
    ("اکتوبر", "October"),
    ("نومبر", "November"),
    ("دسمبر", "December"),
    ("یکم", "1"),
    ("ایک", "one"),
    ("دو", "two"),
    ("تین", "three"),
    ("چار", "four"),
    ("دس", "10"),
    ("دن", "days"),
    ("ہفتے", "weeks"),
    ("ماہ", "months"),
    ("مہینے", "months"),
    ("پہلے", "before"),
    ("بعد", "after"),
    // Tamil months (August written two ways), the count of a time and its side ("மூன்று
    // நாட்கள் முன்பு", three days before).
    ("ஜனவரி", "January"),
    ("பிப்ரவரி", "February"),
    ("மார்ச்", "March"),
    ("ஏப்ரல்", "April"),
    ("மே", "May"),
    ("ஜூன்", "June"),
    ("ஜூலை", "July"),
    ("ஆகஸ்ட்", "August"),
    ("ஆகஸ்டு", "August"),
    ("செப்டம்பர்", "September"),
    ("அக்டோபர்", "October"),
    ("நவம்பர்", "November"),
    ("டிசம்பர்", "December"),
    ("ஒரு", "one"),
    ("இரண்டு", "two"),
    ("மூன்று", "three"),
    ("நான்கு", "four"),
    ("நாட்கள்", "days"),
    ("வாரம்", "weeks"),
    ("வாரங்கள்", "weeks"),
    ("நாட்களுக்குள்", "days"),
    ("வாரங்களுக்குள்", "weeks"),
    ("மாதம்", "months"),
    ("முன்பு", "before"),
    ("முன்னதாக", "before"),
    ("பிறகு", "after"),
    // Sinhala "before" and "after" (a count's side: "සති දෙකකට පෙර", two weeks before; see
    // `sinhala_count` for its unit and number), then the months.
    ("පෙර", "before"),
    ("පසු", "after"),
    ("ජනවාරි", "January"),
    ("පෙබරවාරි", "February"),
    ("මාර්තු", "March"),
    ("අප්\u{200d}රේල්", "April"),
    ("මැයි", "May"),
    ("ජූනි", "June"),
    ("ජූලි", "July"),
    ("අගෝස්තු", "August"),
    ("සැප්තැම්බර්", "September"),
    ("ඔක්තෝබර්", "October"),
    ("නොවැම්බර්", "November"),
    ("දෙසැම්බර්", "December"),
    // Croatian months, as named and as written after a day ("3. lipnja"), and Slovenian and
    // Estonian ones the date finder does not carry. (Croatian "listopad", October, is November
    // in Polish and Czech: it is read only beside another Croatian month, in `translate`.)
    ("siječanj", "January"),
    ("siječnja", "January"),
    ("veljača", "February"),
    ("veljače", "February"),
    ("ožujak", "March"),
    ("ožujka", "March"),
    ("travanj", "April"),
    ("travnja", "April"),
    ("svibanj", "May"),
    ("svibnja", "May"),
    ("lipanj", "June"),
    ("lipnja", "June"),
    ("srpanj", "July"),
    ("srpnja", "July"),
    ("kolovoz", "August"),
    ("kolovoza", "August"),
    ("rujan", "September"),
    ("rujna", "September"),
    ("studeni", "November"),
    ("studenoga", "November"),
    ("studenog", "November"),
    ("prosinac", "December"),
    ("prosinca", "December"),
    ("januarja", "January"),
    ("februarja", "February"),
    ("marec", "March"),
    ("aprila", "April"),
    ("junij", "June"),
    ("junija", "June"),
    ("julij", "July"),
    ("julija", "July"),
    ("avgusta", "August"),
    ("septembra", "September"),
    ("oktobra", "October"),
    ("novembra", "November"),
    ("decembra", "December"),
    ("jaanuar", "January"),
    ("jaanuari", "January"),
    ("veebruar", "February"),
    ("veebruari", "February"),
    ("märts", "March"),
    ("märtsi", "March"),
    ("aprill", "April"),
    ("aprilli", "April"),
    ("juuni", "June"),
    ("juuli", "July"),
    ("augusti", "August"),
    ("septembri", "September"),
    ("oktoober", "October"),
    ("oktoobri", "October"),
    ("novembri", "November"),
    ("detsember", "December"),
    ("detsembri", "December"),
    // Croatian, Slovenian and Estonian weekdays (their short forms only before a day: see
    // `SHORT_WEEKDAYS`; not "sobota", Saturday in Polish, Czech and Slovak too, whose plans
    // would otherwise be read from a copy and their ids change).
    ("ponedjeljak", "Monday"),
    ("utorak", "Tuesday"),
    ("srijeda", "Wednesday"),
    ("četvrtak", "Thursday"),
    ("petak", "Friday"),
    ("subota", "Saturday"),
    ("nedjelja", "Sunday"),
    ("ponedeljek", "Monday"),
    ("torek", "Tuesday"),
    ("četrtek", "Thursday"),
    ("petek", "Friday"),
    ("esmaspäev", "Monday"),
    ("teisipäev", "Tuesday"),
    ("kolmapäev", "Wednesday"),
    ("neljapäev", "Thursday"),
    ("reede", "Friday"),
    ("laupäev", "Saturday"),
    ("pühapäev", "Sunday"),
    // Arabic months as written in Egypt and the Gulf, and the Levant's one-word names; the
    // weekdays; the week of a count and the words of a plan's fields ("آخر تحديث", last update;
    // "تاريخ الإطلاق", launch date; "تاريخ البدء", start date).
    ("يناير", "January"),
    ("فبراير", "February"),
    ("مارس", "March"),
    ("أبريل", "April"),
    ("ابريل", "April"),
    ("مايو", "May"),
    ("يونيو", "June"),
    ("يونيه", "June"),
    ("يوليو", "July"),
    ("يوليه", "July"),
    ("أغسطس", "August"),
    ("اغسطس", "August"),
    ("سبتمبر", "September"),
    ("أكتوبر", "October"),
    ("اكتوبر", "October"),
    ("نوفمبر", "November"),
    ("ديسمبر", "December"),
    ("شباط", "February"),
    ("آذار", "March"),
    ("نيسان", "April"),
    ("أيار", "May"),
    ("حزيران", "June"),
    ("تموز", "July"),
    ("أيلول", "September"),
    ("الأحد", "Sunday"),
    ("الاثنين", "Monday"),
    ("الإثنين", "Monday"),
    ("الثلاثاء", "Tuesday"),
    ("الأربعاء", "Wednesday"),
    ("الخميس", "Thursday"),
    ("الجمعة", "Friday"),
    ("السبت", "Saturday"),
    ("الأسبوع", "week"),
    ("أسبوع", "week"),
    ("الأسابيع", "weeks"),
    ("آخر", "last"),
    ("تحديث", "updated"),
    ("الإطلاق", "launch"),
    ("إطلاق", "launch"),
    ("البدء", "start"),
    // Icelandic months, weekdays (as named and "on Monday", "mánudaginn") and the units of a
    // count ("Dagur 1", "Vika 2", "Gátlisti viku 1", the checklist of week 1).
    ("janúar", "January"),
    ("febrúar", "February"),
    ("apríl", "April"),
    ("maí", "May"),
    ("júní", "June"),
    ("júlí", "July"),
    ("ágúst", "August"),
    ("október", "October"),
    ("nóvember", "November"),
    ("desember", "December"),
    ("mánudagur", "Monday"),
    ("mánudaginn", "Monday"),
    ("þriðjudagur", "Tuesday"),
    ("þriðjudaginn", "Tuesday"),
    ("miðvikudagur", "Wednesday"),
    ("miðvikudaginn", "Wednesday"),
    ("fimmtudagur", "Thursday"),
    ("fimmtudaginn", "Thursday"),
    ("föstudagur", "Friday"),
    ("föstudaginn", "Friday"),
    ("laugardagur", "Saturday"),
    ("laugardaginn", "Saturday"),
    ("sunnudagur", "Sunday"),
    ("sunnudaginn", "Sunday"),
    ("dagur", "day"),
    ("vika", "week"),
    ("viku", "week"),
    // Catalan months and weekdays (not "abril", "octubre", "novembre": Spanish, French and
    // Italian plans write them too, and are read as they are).
    ("gener", "January"),
    ("febrer", "February"),
    ("març", "March"),
    ("maig", "May"),
    ("juny", "June"),
    ("juliol", "July"),
    ("agost", "August"),
    ("setembre", "September"),
    ("desembre", "December"),
    ("dilluns", "Monday"),
    ("dimarts", "Tuesday"),
    ("dimecres", "Wednesday"),
    ("dijous", "Thursday"),
    ("divendres", "Friday"),
    ("dissabte", "Saturday"),
    ("diumenge", "Sunday"),
    // Lithuanian months, as named and as written before a day ("kovo 13 d.", March 13).
    ("sausis", "January"),
    ("sausio", "January"),
    ("vasaris", "February"),
    ("vasario", "February"),
    ("kovas", "March"),
    ("kovo", "March"),
    ("balandis", "April"),
    ("balandžio", "April"),
    ("gegužė", "May"),
    ("gegužės", "May"),
    ("birželis", "June"),
    ("birželio", "June"),
    ("liepa", "July"),
    ("liepos", "July"),
    ("rugpjūtis", "August"),
    ("rugpjūčio", "August"),
    ("rugsėjis", "September"),
    ("rugsėjo", "September"),
    ("spalis", "October"),
    ("spalio", "October"),
    ("lapkritis", "November"),
    ("lapkričio", "November"),
    ("gruodis", "December"),
    ("gruodžio", "December"),
    // Ukrainian months as named alone ("(ОРІЄНТОВНО ТРАВЕНЬ 2027)"), beside the genitive of a
    // date ("15 травня") the date finder knows.
    ("січень", "January"),
    ("лютий", "February"),
    ("березень", "March"),
    ("квітень", "April"),
    ("травень", "May"),
    ("червень", "June"),
    ("липень", "July"),
    ("серпень", "August"),
    ("вересень", "September"),
    ("жовтень", "October"),
    ("листопад", "November"),
    ("грудень", "December"),
    // Esperanto months, weekdays (as named and "on Monday", "lunde"), the week of a count ("Semajno 1") and the day a plan
    // was brought up to date ("Ĝisdatigita"); not "junio", "julio", "sabato", which Spanish and
    // Italian write and the date finder knows.
    ("januaro", "January"),
    ("februaro", "February"),
    ("marto", "March"),
    ("aprilo", "April"),
    ("majo", "May"),
    ("aŭgusto", "August"),
    ("septembro", "September"),
    ("oktobro", "October"),
    ("novembro", "November"),
    ("decembro", "December"),
    ("lundo", "Monday"),
    ("lunde", "Monday"),
    ("mardo", "Tuesday"),
    ("marde", "Tuesday"),
    ("merkredo", "Wednesday"),
    ("merkrede", "Wednesday"),
    ("ĵaŭdo", "Thursday"),
    ("ĵaŭde", "Thursday"),
    ("vendredo", "Friday"),
    ("vendrede", "Friday"),
    ("dimanĉo", "Sunday"),
    ("dimanĉe", "Sunday"),
    ("semajno", "week"),
    ("ĝisdatigita", "updated"),
    // Uzbek and Azerbaijani months (Latin script; "mart", "may" the date finder knows),
    // Uzbek weekdays, and the words of a start and a release ("Boshlanish", "buraxılış"; not
    // Azerbaijani "Başlama", which Turkish writes for "starting" too); Azerbaijani weeks
    // ("Həftə 1-2").
    ("yanvar", "January"),
    ("fevral", "February"),
    ("aprel", "April"),
    ("iyun", "June"),
    ("iyul", "July"),
    ("avqust", "August"),
    ("sentyabr", "September"),
    ("sentabr", "September"),
    ("oktyabr", "October"),
    ("oktabr", "October"),
    ("noyabr", "November"),
    ("dekabr", "December"),
    ("dushanba", "Monday"),
    ("seshanba", "Tuesday"),
    ("chorshanba", "Wednesday"),
    ("payshanba", "Thursday"),
    ("shanba", "Saturday"),
    ("yakshanba", "Sunday"),
    ("boshlanish", "start"),
    ("buraxılış", "release"),
    ("həftə", "week"),
    // Kazakh months, weekdays and the words of a start and a defence ("басталды", started;
    // "қорғау"); Kazakh weeks are written number first ("1-апта"), as Uzbek ones.
    ("қаңтар", "January"),
    ("ақпан", "February"),
    ("наурыз", "March"),
    ("сәуір", "April"),
    ("мамыр", "May"),
    ("маусым", "June"),
    ("шілде", "July"),
    ("тамыз", "August"),
    ("қыркүйек", "September"),
    ("қазан", "October"),
    ("қараша", "November"),
    ("желтоқсан", "December"),
    ("дүйсенбі", "Monday"),
    ("сейсенбі", "Tuesday"),
    ("сәрсенбі", "Wednesday"),
    ("бейсенбі", "Thursday"),
    ("жұма", "Friday"),
    ("сенбі", "Saturday"),
    ("жексенбі", "Sunday"),
    ("апта", "week"),
    ("басталды", "started"),
    ("қорғау", "defense"),
];

/// Swahili months and weekdays ("Januari", "Juni", "Julai" the date finder knows; not "Mei", a
/// name as often), the day a plan was brought up to date ("Imesasishwa") and its start
/// ("Tulianza", we started): read as [`WORDS`] are, but only two or more together and one of
/// them a weekday or a word of the plan's own (see `translate`): alone, "Agosti" and "Machi"
/// are names as often. The months come first.
const SWAHILI: [(&str, &str); 16] = [
    ("machi", "March"),
    ("aprili", "April"),
    ("agosti", "August"),
    ("septemba", "September"),
    ("oktoba", "October"),
    ("novemba", "November"),
    ("desemba", "December"),
    ("jumatatu", "Monday"),
    ("jumanne", "Tuesday"),
    ("jumatano", "Wednesday"),
    ("alhamisi", "Thursday"),
    ("ijumaa", "Friday"),
    ("jumamosi", "Saturday"),
    ("jumapili", "Sunday"),
    ("imesasishwa", "updated"),
    ("tulianza", "started"),
];

/// Irish months and weekdays ("Dé Céadaoin 4 Meitheamh 2031", "an Luan"), weeks ("Seachtain 1",
/// "4 seachtaine"), a record's date ("Dáta") and a start ("Tosaíonn", starts): read as [`WORDS`] are, but only two or more
/// together and one of them a month (see `translate`): alone, "Márta", "Luan" and "Samhain"
/// are names as often. The months come first. (September and October are two words, "Meán
/// Fómhair", "Deireadh Fómhair", and are not read.)
const IRISH: [(&str, &str); 24] = [
    ("eanáir", "January"),
    ("feabhra", "February"),
    ("márta", "March"),
    ("aibreán", "April"),
    ("bealtaine", "May"),
    ("meitheamh", "June"),
    ("iúil", "July"),
    ("lúnasa", "August"),
    ("samhain", "November"),
    ("nollaig", "December"),
    ("luain", "Monday"),
    ("luan", "Monday"),
    ("máirt", "Tuesday"),
    ("céadaoin", "Wednesday"),
    ("déardaoin", "Thursday"),
    ("haoine", "Friday"),
    ("aoine", "Friday"),
    ("sathairn", "Saturday"),
    ("domhnaigh", "Sunday"),
    ("seachtain", "week"),
    ("seachtaine", "weeks"),
    ("dáta", "date"),
    ("ndáta", "date"),
    ("tosaíonn", "starts"),
];

/// Filipino months that Spanish does not share ("Hulyo 15, 2030"), then counts read as
/// [`WORDS`] are ("isang linggo bago", a week before): only in a text that writes one of the
/// months (see `translate`), since "araw", "linggo" and "bago" alone are a day, Sunday and
/// "new" as often.
const FILIPINO: [(&str, &str); 19] = [
    ("pebrero", "February"),
    ("marso", "March"),
    ("hunyo", "June"),
    ("hulyo", "July"),
    ("setyembre", "September"),
    ("oktubre", "October"),
    ("nobyembre", "November"),
    ("disyembre", "December"),
    ("isang", "one"),
    ("dalawang", "two"),
    ("tatlong", "three"),
    ("araw", "day"),
    ("linggo", "week"),
    ("linggong", "weeks"),
    ("buwan", "month"),
    ("bago", "before"),
    ("pagkatapos", "after"),
    ("tapos", "done"),
    ("inilathala", "published"),
];

/// Welsh months ("31 Mawrth", "1 Mai", "2-9 Awst 2031"), weekdays after "dydd" ("dydd Llun",
/// Monday; "Mawrth" is Tuesday there and March elsewhere), and the words of a count ("cyn",
/// before; "erbyn", by; "diwrnod", day): only in a text that writes a day and a Welsh month
/// (see `translate`), since "mai", "medi" and "cyn" are words of other languages too.
const WELSH: [(&str, &str); 22] = [
    ("ionawr", "January"),
    ("chwefror", "February"),
    ("mawrth", "March"),
    ("ebrill", "April"),
    ("mai", "May"),
    ("mehefin", "June"),
    ("gorffennaf", "July"),
    ("awst", "August"),
    ("medi", "September"),
    ("hydref", "October"),
    ("tachwedd", "November"),
    ("rhagfyr", "December"),
    ("cyn", "before"),
    ("erbyn", "by"),
    ("diwrnod", "day"),
    ("ddiwrnod", "day"),
    ("niwrnod", "day"),
    ("wythnos", "week"),
    ("agoriad", "opening"),
    ("gwnaed", "done"),
    ("y", "the"),
    ("yr", "the"),
];

/// Welsh weekdays, as written after "dydd" (day).
const WELSH_WEEKDAYS: [(&str, &str); 7] = [
    ("llun", "Monday"),
    ("mawrth", "Tuesday"),
    ("mercher", "Wednesday"),
    ("iau", "Thursday"),
    ("gwener", "Friday"),
    ("sadwrn", "Saturday"),
    ("sul", "Sunday"),
];

/// Whether a lower-case text writes a day of the month right before a Welsh month ("26
/// mawrth", "2-9 awst").
fn writes_a_welsh_date(lower: &str) -> bool {
    WELSH[..12].iter().any(|(month, _)| {
        lower.match_indices(month).any(|(at, _)| {
            let before = lower[..at].strip_suffix(' ');
            let after = lower[at + month.len()..].chars().next();
            before.is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()))
                && after.is_none_or(|c| !c.is_alphanumeric())
        })
    })
}

/// Lithuanian months as written before a day ("kovo 13 d.", March 13): a month only there (the
/// same form names streets, "Kovo 11-osios g.", March 11th Street).
const LITHUANIAN_BEFORE_A_DAY: [&str; 12] = [
    "sausio",
    "vasario",
    "kovo",
    "balandžio",
    "gegužės",
    "birželio",
    "liepos",
    "rugpjūčio",
    "rugsėjo",
    "spalio",
    "lapkričio",
    "gruodžio",
];

/// Whether a day and its "d." follow: " 13 d.", " 3–9 d.".
fn lithuanian_day_follows(rest: &str) -> bool {
    let rest = rest.trim_start();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return false;
    }
    let mut rest = rest[digits..].trim_start();
    if let Some(range) = rest.strip_prefix(['-', '–']) {
        let range = range.trim_start();
        let more = range.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=2).contains(&more) {
            return false;
        }
        rest = range[more..].trim_start();
    }
    rest.starts_with("d.")
}

/// The dash and the last week of "1–2-hafta".
type WeekRangeEnd = (char, String);

/// "1-hafta", "1–2-haftada", "3-haftalik", Kazakh "13-апта": the week's number (and the last of
/// a range, with its dash) and what follows the number ("-hafta", "-haftada").
fn uzbek_weeks(rest: &str) -> Option<(String, Option<WeekRangeEnd>, String)> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let n = digits(rest);
    if !(1..=2).contains(&n) {
        return None;
    }
    let first = rest[..n].to_string();
    let mut tail = &rest[n..];
    let mut second = None;
    if let Some(dash) = tail.chars().next().filter(|c| ['–', '-'].contains(c)) {
        let after = &tail[dash.len_utf8()..];
        let m = digits(after);
        if (1..=2).contains(&m) {
            second = Some((dash, after[..m].to_string()));
            tail = &after[m..];
        }
    }
    let word = tail.strip_prefix('-')?;
    let unit = ["hafta", "апта"].iter().find_map(|unit| {
        let head = word.get(..unit.len())?;
        (head.to_lowercase() == *unit).then_some(unit.len())
    })?;
    let suffix = word[unit..]
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic() && c != '\'')
        .map_or(word.len() - unit, |(i, _)| i);
    Some((first, second, format!("-{}", &word[..unit + suffix])))
}

/// A Mongolian month written by its number ("6-р сар", the sixth month; "6-р сарын 10", its
/// 10th day): the English month, and the words it takes in the source.
fn mongolian_month(rest: &str) -> Option<(&'static str, &str)> {
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    let month: u8 = rest.get(..n).filter(|d| d.len() <= 2)?.parse().ok()?;
    let english = chrono::Month::try_from(month).ok()?.name();
    let after = rest[n..].strip_prefix("-р сар")?;
    let suffix = ["ын", "ийн"]
        .iter()
        .find(|s| after.starts_with(*s))
        .map_or(0, |s| s.len());
    let len = n + "-р сар".len() + suffix;
    // (A word ends there: not "-р сарлаг".)
    if rest[len..].chars().next().is_some_and(word_char) {
        return None;
    }
    Some((english, &rest[..len]))
}

/// The letter of a plan's own code for the days of its count, when a dated line names its
/// first day so: "Start: 16 September 2030, Monday (E1)", "Kickoff 2030-09-16 (J1)" (a letter
/// that stands for a day), with the number of that first day: 1, or 0 for a count from zero
/// ("**Démarrage (J0) :** lundi 7 janvier 2030", J3 three days after it). None for most plans.
fn day_code(source: &str) -> Option<(char, u32)> {
    source.lines().find_map(|line| {
        // (From zero only on the line that gives the start: "Jalon de financement (J0)" names a
        // milestone.)
        let starts = || {
            let lower = line.to_lowercase();
            [
                "start", "démarr", "début", "kick", "inici", "inizio", "hasiera", "beginn",
            ]
            .iter()
            .any(|w| lower.contains(w))
        };
        let (at, first) = match line.find("1)") {
            Some(at) => (at, 1),
            None => (line.find("0)").filter(|_| starts())?, 0),
        };
        let letter = line[..at].strip_suffix(|c: char| c.is_ascii_uppercase())?;
        let code = line[at - 1..].chars().next()?;
        let year = line
            .as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit) && (w[0] == b'1' || w[0] == b'2'));
        // (Only letters that stand for "day": Basque "Eguna", French and Catalan "Jour",
        // "Jorn"; not Q, S, M, H or A, which name quarters, sprints, milestones, halves, levels.)
        (letter.ends_with('(') && year && matches!(code, 'E' | 'J')).then_some((code, first))
    })
}

/// Basque months as a day's date writes them, in the genitive ("irailaren 16a", the 16th of
/// September), with the English month.
const BASQUE_MONTHS: [(&str, &str); 12] = [
    ("urtarrilaren", "January"),
    ("otsailaren", "February"),
    ("martxoaren", "March"),
    ("apirilaren", "April"),
    ("maiatzaren", "May"),
    ("ekainaren", "June"),
    ("uztailaren", "July"),
    ("abuztuaren", "August"),
    ("irailaren", "September"),
    ("urriaren", "October"),
    ("azaroaren", "November"),
    ("abenduaren", "December"),
];

/// A Basque date ("2030eko irailaren 16a", "irailaren 11an", the year first with "-eko" and the
/// day last with "-a" or "-an"): its words as the reader reads them ("2030", "September",
/// "16"), each with the source's word, and how long it is in the source.
fn basque_date(rest: &str) -> Option<(Vec<(String, String)>, usize)> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let (year, after_year) = match digits(rest) {
        4 => {
            let after = rest[4..]
                .strip_prefix("eko ")
                .or_else(|| rest[4..].strip_prefix("ko "))?;
            (Some(&rest[..4]), after)
        }
        0 => (None, rest),
        _ => return None,
    };
    let lower = after_year.get(..after_year.len().min(16))?.to_lowercase();
    let (month, english) = BASQUE_MONTHS.iter().find(|(m, _)| lower.starts_with(m))?;
    let after_month = after_year[month.len()..].strip_prefix(' ')?;
    let n = digits(after_month);
    let day = after_month
        .get(..n)
        .filter(|d| (1..=2).contains(&d.len()))?;
    let suffix = ["ean", "an", "a"]
        .iter()
        .find(|s| after_month[n..].starts_with(*s))
        .map_or(0, |s| s.len());
    let end = n + suffix;
    if after_month[end..].chars().next().is_some_and(word_char) {
        return None;
    }
    let mut words = Vec::new();
    if let Some(year) = year {
        words.push((
            year.to_string(),
            rest[..rest.len() - after_year.len()].trim_end().to_string(),
        ));
    }
    words.push(((*english).to_string(), (*month).to_string()));
    words.push((day.to_string(), after_month[..end].to_string()));
    let len = rest.len() - after_month.len() + end;
    Some((words, len))
}

/// Thai months as shortened ("มี.ค.", March), with the English month read for each.
const THAI_MONTHS: [(&str, &str); 12] = [
    ("ม.ค.", "January"),
    ("ก.พ.", "February"),
    ("มี.ค.", "March"),
    ("เม.ย.", "April"),
    ("พ.ค.", "May"),
    ("มิ.ย.", "June"),
    ("ก.ค.", "July"),
    ("ส.ค.", "August"),
    ("ก.ย.", "September"),
    ("ต.ค.", "October"),
    ("พ.ย.", "November"),
    ("ธ.ค.", "December"),
];

/// Whether the copy so far ends with a Thai month (read in English from its short form, or
/// its full name, which the date finder knows) and the space before a year.
fn after_a_thai_month(text: &str) -> bool {
    const FULL: [&str; 12] = [
        "มกราคม",
        "กุมภาพันธ์",
        "มีนาคม",
        "เมษายน",
        "พฤษภาคม",
        "มิถุนายน",
        "กรกฎาคม",
        "สิงหาคม",
        "กันยายน",
        "ตุลาคม",
        "พฤศจิกายน",
        "ธันวาคม",
    ];
    let before = text.trim_end_matches(' ');
    before.len() < text.len()
        && (FULL.iter().any(|m| before.ends_with(m))
            || THAI_MONTHS
                .iter()
                .any(|(_, english)| before.ends_with(english))
                && before.contains(|c: char| ('\u{0E01}'..='\u{0E5B}').contains(&c)))
}

/// Croatian and Slovenian short weekdays, read only right before a day ("pet 14.9."): alone
/// they are other words ("pet" is five in Slovenian).
const SHORT_WEEKDAYS: [(&str, &str); 10] = [
    ("pon", "Mon"),
    ("uto", "Tue"),
    ("tor", "Tue"),
    ("sri", "Wed"),
    ("sre", "Wed"),
    ("čet", "Thu"),
    ("pet", "Fri"),
    ("sub", "Sat"),
    ("sob", "Sat"),
    ("ned", "Sun"),
];

/// The value of a digit of one of [`ZEROS`]' scripts, and that script's zero.
fn native_digit(c: char) -> Option<(u32, char)> {
    ZEROS.iter().find_map(|&zero| {
        let value = u32::from(c).checked_sub(u32::from(zero))?;
        (value <= 9).then_some((value, zero))
    })
}

/// Whether a character is part of a word: a letter or digit, or one of the vowel signs and
/// viramas that Indic scripts write inside words ("সপ্তাহ", "मार्च").
fn word_char(c: char) -> bool {
    // (And the joiners Sinhala and Kannada write inside words: "අප්‍රේල්", "ಪೋರ್ಟಲ್‌ನಲ್ಲಿ".)
    c.is_alphanumeric()
        || ('\u{0900}'..='\u{0DFF}').contains(&c)
        || matches!(c, '\u{200C}' | '\u{200D}')
}

/// A Sinhala count, its unit before its number ("සති දෙකකට", weeks two-to: two weeks; "දින
/// තුනකට", three days), or a count in one word (Malayalam "ഒരാഴ്ച", a week): the English number
/// and unit in the reader's order, and the length of the source's words.
fn sinhala_count(rest: &str) -> Option<(&'static str, &'static str, usize)> {
    const UNITS: [(&str, &str); 3] = [("සති", "weeks"), ("දින", "days"), ("මාස", "months")];
    const NUMBERS: [(&str, &str); 8] = [
        ("එකකට", "one"),
        ("එකක්", "one"),
        ("දෙකකට", "two"),
        ("දෙකක්", "two"),
        ("තුනකට", "three"),
        ("තුනක්", "three"),
        ("හතරකට", "four"),
        ("හතරක්", "four"),
    ];
    // (Malayalam "ഒരാഴ്ച", a week, one word for the two: "one week".)
    if let Some(after) = rest.strip_prefix("ഒരാഴ്ച") {
        let len = "ഒരാഴ്ച".len();
        return after
            .chars()
            .next()
            .is_none_or(|c| !word_char(c))
            .then_some(("one", "week", len));
    }
    let (unit, english_unit) = UNITS.iter().find(|(u, _)| rest.starts_with(u))?;
    let after = rest[unit.len()..].strip_prefix(' ')?;
    let (number, english) = NUMBERS.iter().find(|(n, _)| after.starts_with(n))?;
    let len = unit.len() + 1 + number.len();
    rest[len..]
        .chars()
        .next()
        .is_none_or(|c| !word_char(c))
        .then_some((*english, *english_unit, len))
}

/// The word that joins the two days of a range in Marathi, Kannada, Sinhala, Telugu, Malayalam,
/// Gujarati, Punjabi, Urdu, Tamil, Hindi and Bengali ("15 जून ते 30 जून", "03-11-2031 ರಿಂದ 15-11-2031", "2030.09.04 සිට 9 දක්වා",
/// "24 నుంచి జులై 1", "ജനുവരി 12 മുതൽ 17 വരെ", "૧૫-૦૭-૨૦૩૧ થી ૧૭-૦૭-૨૦૩૧", "੧੫ ਮਈ ਤੋਂ 31 ਮਈ", "2 ستمبر 2030 تا 31 اکتوبر", "மே 27
/// முதல் ஜூன் 2"), read "to" only
/// between a day and a number or a month: elsewhere "ते" is a pronoun.
const RANGE_WORDS: [&str; 12] = [
    "ते",
    "ರಿಂದ",
    "සිට",
    "నుంచి",
    "മുതൽ",
    "થી",
    "ਤੋਂ",
    "تا",
    "سے",
    "முதல்",
    "से",
    "থেকে",
];

/// Whether a word closes a range in a script with a word for "until" after its last day
/// ("17 വരെ", "31 ਮਈ ਤੱਕ", Sinhala "9 දක්වා").
pub(super) fn closes_a_range(word: &str) -> bool {
    const CLOSING: [&str; 10] = [
        "വരെ",
        "ਤੱਕ",
        "تک",
        "வரை",
        "तक",
        "వరకు",
        "સુધી",
        "पर्यंत",
        "পর্যন্ত",
        "දක්වා",
    ];
    CLOSING.contains(&word)
}

/// Whether the number a range word is followed by (`next`, in the source) ends the range as a
/// day: not a count ("மே 10 முதல் 3 நாட்கள்", three days from May 10; "10 பேர்", ten people),
/// which a unit or another word follows, nor a number below the day the range starts from
/// (`before`, the copy so far) when no month follows it.
fn range_end_is_a_day(before: &str, next: &str) -> bool {
    let is_digit = |d: char| d.is_ascii_digit() || native_digit(d).is_some();
    let end = next.find(|d: char| !is_digit(d)).unwrap_or(next.len());
    let last: Option<u32> = next[..end]
        .chars()
        .map(|d| native_digit(d).map_or(d, |(v, _)| char::from_digit(v, 10).unwrap_or('0')))
        .collect::<String>()
        .parse()
        .ok();
    // (A whole date, "૧૭-૦૭-૨૦૩૧", "17.07.2031": a day.)
    let mut rest = next[end..].chars();
    if matches!(rest.next(), Some('-' | '.' | '/')) && rest.next().is_some_and(is_digit) {
        return true;
    }
    let after = next[end..].trim_start_matches(' ');
    let word = &after[..after.find(|c: char| !word_char(c)).unwrap_or(after.len())];
    let month = |w: &str| crate::plan::dates::month_named(w).is_some();
    if month(word)
        || WORDS
            .iter()
            .any(|(native, english)| *native == word && month(english))
    {
        return true;
    }
    // (A word right after it that is no month: a unit or a noun it counts, unless it is a
    // range's closing word, "17 വരെ", "31 ਮਈ ਤੱਕ".)
    if word.chars().any(char::is_alphabetic) && !closes_a_range(word) {
        return false;
    }
    let first = before
        .rsplit(|c: char| !c.is_ascii_digit())
        .find(|w| !w.is_empty())
        .and_then(|w| w.parse::<u32>().ok());
    match (first, last) {
        (Some(first), Some(last)) => last > first,
        _ => true,
    }
}

/// A run of four digits that is a year of another calendar than ours: a Thai Buddhist-era year
/// in Thai digits (2400-2700: the year 543 years later), Some with our year; another year past
/// 2059 in digits of a script whose countries also count years otherwise (Nepali Bikram Sambat
/// 2087 is 2030 of ours), Some(None); None for a run read as it is.
fn other_calendar_year(ascii: &str, zero: char) -> Option<Option<i32>> {
    if ascii.len() != 4 {
        return None;
    }
    let year: i32 = ascii.parse().ok()?;
    if zero == '\u{0E50}' && (2400..=2700).contains(&year) {
        return Some(Some(year - 543));
    }
    (year > 2059).then_some(None)
}

/// One place where the copy differs from the source (or, for ASCII digits and words, could
/// have): the form read, the form written, and the letters and digits around it in the copy.
struct Written {
    read: String,
    written: String,
    before: Vec<char>,
    after: Vec<char>,
}

/// A source read in ASCII digits and English calendar words, and how to give a text read from
/// it the source's own forms back.
pub(super) struct Translated {
    pub(super) text: String,
    /// The places, in the order of the form read ("15", "September"), so that a text's token
    /// is matched against its own places only (a long plan has thousands of runs of digits).
    written: Vec<Written>,
}

/// The source with ASCII digits and English calendar words; None when it has none to change
/// (most plans: then nothing is copied).
pub(super) fn translate(source: &str) -> Option<Translated> {
    let lower = source.to_lowercase();
    let code = day_code(source);
    // (A text in ASCII holds none of the words in other scripts: a 5 MB file is not searched
    // for each of them.)
    let ascii = source.is_ascii();
    // (Each read once: the check below and the tables chosen after it use them.)
    let filipino = FILIPINO[..8].iter().any(|(m, _)| lower.contains(m));
    let welsh = writes_a_welsh_date(&lower);
    if !source.chars().any(|c| native_digit(c).is_some())
        && !WORDS
            .iter()
            .chain(&SWAHILI)
            .chain(&IRISH)
            .any(|(native, _)| (!ascii || native.is_ascii()) && lower.contains(native))
        && !filipino
        && !welsh
        // (A Sinhala range, "2031.05.08 සිට 11 දක්වා", in a plan of digits only.)
        && (ascii || !lower.contains("සිට"))
        && !lower.contains("-hafta")
        && !lower.contains("-р сар")
        && !lower.contains("-апта")
        && !lower.contains("wiki ya ")
        && !THAI_MONTHS.iter().any(|(short, _)| source.contains(short))
        && !lower.contains("nädal")
        && !BASQUE_MONTHS.iter().any(|(m, _)| lower.contains(m))
        && code.is_none()
    {
        return None;
    }
    let estonian_weeks = lower.contains("nädal");
    // Swahili months only beside another Swahili calendar word ("Tulianza Jumatatu, 8
    // Septemba"): alone, "Agosti" and "Machi" are names as often.
    let swahili = SWAHILI.iter().filter(|(w, _)| lower.contains(w)).count() >= 2
        && SWAHILI[7..].iter().any(|(w, _)| lower.contains(w));
    let swahili: &[(&str, &str)] = if swahili { &SWAHILI } else { &[] };
    // Irish months only beside another Irish calendar word ("Dé Céadaoin 4 Meitheamh").
    let irish = IRISH.iter().filter(|(w, _)| lower.contains(w)).count() >= 2
        && IRISH[..10].iter().any(|(w, _)| lower.contains(w));
    let irish: &[(&str, &str)] = if irish { &IRISH } else { &[] };
    // Filipino counts only beside a Filipino month; Welsh words only in a text that writes a
    // Welsh date.
    let filipino: &[(&str, &str)] = if filipino { &FILIPINO } else { &[] };
    let welsh_words: &[(&str, &str)] = if welsh { &WELSH } else { &[] };
    // Esperanto writes a day as an ordinal ("la 18-an de novembro"): the day alone is read.
    let esperanto = [
        "januaro",
        "februaro",
        "marto",
        "aprilo",
        "majo",
        "junio",
        "julio",
        "aŭgusto",
        "septembro",
        "oktobro",
        "novembro",
        "decembro",
    ]
    .iter()
    .any(|m| lower.contains(&format!(" de {m}")));
    let croatian = [
        "siječnja",
        "veljače",
        "ožujka",
        "travnja",
        "svibnja",
        "lipnja",
        "srpnja",
        "kolovoza",
        "rujna",
        "studenoga",
        "prosinca",
    ]
    .iter()
    .any(|m| lower.contains(m));
    let mut text = String::with_capacity(source.len());
    // (Byte range in the copy, what the source wrote there.)
    let mut places: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let mut rest = source;
    let mut previous: Option<char> = None;
    while let Some(c) = rest.chars().next() {
        let at = text.len();
        if let Some((_, zero)) = native_digit(c) {
            let run: String = rest
                .chars()
                .take_while(|&d| native_digit(d).is_some_and(|(_, z)| z == zero))
                .collect();
            let ascii: String = run
                .chars()
                .map(|d| char::from_digit(native_digit(d).map_or(0, |(v, _)| v), 10).unwrap_or('0'))
                .collect();
            match other_calendar_year(&ascii, zero) {
                // A Thai Buddhist-era year ("๒๕๗๔"): the same year of the common era.
                Some(Some(year)) => text.push_str(&year.to_string()),
                // A year of another calendar the reader cannot turn into ours (Nepali "२०८७"
                // of the Bikram Sambat): left as written, so it dates nothing.
                Some(None) => {
                    text.push_str(&run);
                    rest = &rest[run.len()..];
                    previous = run.chars().last();
                    continue;
                }
                None => text.push_str(&ascii),
            }
            places.push((at..text.len(), run.clone()));
            rest = &rest[run.len()..];
            previous = run.chars().last();
            continue;
        }
        // "มี.ค." (Thai months are shortened with dots inside): the English month.
        if ('\u{0E01}'..='\u{0E5B}').contains(&c) && previous.is_none_or(|p| !word_char(p)) {
            if let Some((short, english)) = THAI_MONTHS.iter().find(|(s, _)| rest.starts_with(s)) {
                text.push_str(english);
                places.push((at..text.len(), (*short).to_string()));
                rest = &rest[short.len()..];
                previous = Some('.');
                continue;
            }
        }
        // Uzbek "1-hafta", "(1–2-hafta)" (week 1, weeks 1-2: the number before the word): read
        // as "week 1", "week 1–2", the word's place written as nothing.
        if c.is_ascii_digit() && previous.is_none_or(|p| !word_char(p)) {
            if let Some((first, second, written)) = uzbek_weeks(rest) {
                text.push_str("week");
                places.push((at..text.len(), String::new()));
                text.push(' ');
                let first_at = text.len();
                text.push_str(&first);
                match &second {
                    Some((dash, second)) => {
                        places.push((first_at..text.len(), first.clone()));
                        text.push(*dash);
                        let second_at = text.len();
                        text.push_str(second);
                        places.push((second_at..text.len(), format!("{second}{}", &written)));
                    }
                    None => places.push((first_at..text.len(), format!("{first}{}", &written))),
                }
                let len = first.len()
                    + second.as_ref().map_or(0, |(d, s)| d.len_utf8() + s.len())
                    + written.len();
                rest = &rest[len..];
                previous = written.chars().last();
                continue;
            }
        }
        // "E5", "E5-6" in a plan whose start says "(E1)": "Day 5", "Day 5-6" (the "Day" the
        // copy adds is written as nothing, the number as the code).
        // (Counted from J0, "J3" is the count's fourth day: "Day 4".)
        if code.is_some_and(|(letter, _)| letter == c) && previous.is_none_or(|p| !word_char(p)) {
            let n = rest[1..].bytes().take_while(u8::is_ascii_digit).count();
            let end = 1 + n;
            let ends_word = rest[end..]
                .chars()
                .next()
                .is_none_or(|next| !next.is_alphabetic());
            let number = rest[1..end]
                .parse::<u32>()
                .ok()
                .map(|d| d + 1 - code.map_or(1, |(_, first)| first));
            // ("J1-J2", a range: "Day 2-3", its second code written as nothing.)
            let range_end = text.ends_with('-')
                && text[..text.len() - 1]
                    .rsplit(' ')
                    .next()
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                && text[..text.len() - 1]
                    .trim_end_matches(|c: char| c.is_ascii_digit())
                    .ends_with("Day ");
            if let (true, true, Some(number)) = ((1..=3).contains(&n), ends_word, number) {
                if !range_end {
                    text.push_str("Day");
                    places.push((at..text.len(), String::new()));
                    text.push(' ');
                }
                let number_at = text.len();
                text.push_str(&number.to_string());
                places.push((number_at..text.len(), rest[..end].to_string()));
                previous = rest[..end].chars().last();
                rest = &rest[end..];
                continue;
            }
        }
        // Basque "2030eko irailaren 16a", "irailaren 11an": "2030 September 16".
        if previous.is_none_or(|p| !word_char(p)) && (c.is_ascii_digit() || c.is_alphabetic()) {
            if let Some((words, len)) = basque_date(rest) {
                for (i, (read, written)) in words.into_iter().enumerate() {
                    if i > 0 {
                        text.push(' ');
                    }
                    let at = text.len();
                    text.push_str(&read);
                    places.push((at..text.len(), written));
                }
                previous = rest[..len].chars().last();
                rest = &rest[len..];
                continue;
            }
        }
        // Mongolian "6-р сарын 10" (the 10th of the sixth month), "6-р сар": "June". (Not after
        // its year, "2032 оны 1-р сарын 10": read so, the year would be lost; left unread.)
        if c.is_ascii_digit()
            && previous.is_none_or(|p| !word_char(p))
            && !text.trim_end().ends_with("оны")
        {
            if let Some((english, written)) = mongolian_month(rest) {
                text.push_str(english);
                places.push((at..text.len(), written.to_string()));
                rest = &rest[written.len()..];
                previous = written.chars().last();
                continue;
            }
        }
        if c.is_ascii_digit() {
            let run: String = rest.chars().take_while(char::is_ascii_digit).collect();
            // "22 เม.ย. 2573", "5 เมษายน 2573": a Buddhist-era year after a Thai month.
            let year = run
                .parse::<i32>()
                .ok()
                .filter(|y| run.len() == 4 && (2400..=2700).contains(y))
                .filter(|_| after_a_thai_month(&text));
            if let Some(year) = year {
                text.push_str(&(year - 543).to_string());
                places.push((at..text.len(), run.clone()));
                rest = &rest[run.len()..];
                previous = run.chars().last();
                continue;
            }
            // "18-an de novembro", "la 3-a de majo": the day.
            let ordinal = ["-an", "-a"].iter().find(|suffix| {
                esperanto
                    && run.len() <= 2
                    && rest[run.len()..].starts_with(*suffix)
                    && rest[run.len() + suffix.len()..]
                        .chars()
                        .next()
                        .is_none_or(|n| !word_char(n))
            });
            let written = match ordinal {
                Some(suffix) => format!("{run}{suffix}"),
                None => run.clone(),
            };
            text.push_str(&run);
            places.push((at..text.len(), written.clone()));
            rest = &rest[written.len()..];
            previous = written.chars().last();
            continue;
        }
        let word_start = previous.is_none_or(|p| !word_char(p));
        // An English calendar word the source wrote itself stays English where it was.
        if word_start && c.is_ascii_alphabetic() {
            let word_len = rest
                .find(|w: char| !w.is_alphanumeric())
                .unwrap_or(rest.len());
            let word = &rest[..word_len];
            // (And "to", which the copy writes for a range's word: "January 12 to 17" written
            // in English beside "ജനുവരി 12 മുതൽ 17" keeps its "to".)
            if word == "to"
                || WORDS
                    .iter()
                    .chain(&SHORT_WEEKDAYS)
                    .any(|(_, english)| *english == word)
            {
                text.push_str(word);
                places.push((at..text.len(), word.to_string()));
                rest = &rest[word_len..];
                previous = word.chars().last();
                continue;
            }
        }
        // Estonian "N3" (nädal 3, the third week) in a plan that says "nädal": "W3".
        if word_start && c == 'N' && estonian_weeks {
            let digits = rest[1..].bytes().take_while(u8::is_ascii_digit).count();
            let ends = rest[1 + digits..]
                .chars()
                .next()
                .is_none_or(|n| !word_char(n));
            if (1..=2).contains(&digits) && ends {
                let word = &rest[..=digits];
                text.push('W');
                text.push_str(&word[1..]);
                places.push((at..text.len(), word.to_string()));
                rest = &rest[word.len()..];
                previous = word.chars().last();
                continue;
            }
        }
        // Swahili "Wiki ya 3" (week 3, "the week of 3"): "week 3", the two words in one place.
        if word_start && (c == 'w' || c == 'W') {
            let phrase = rest.get(..8).filter(|p| p.eq_ignore_ascii_case("wiki ya "));
            if phrase.is_some() && rest[8..].starts_with(|d: char| d.is_ascii_digit()) {
                text.push_str("week");
                places.push((at..text.len(), rest[..7].to_string()));
                rest = &rest[7..];
                previous = Some('a');
                continue;
            }
        }
        // "සති දෙකකට පෙර" (two weeks before): "two weeks before", the number's place written
        // as nothing and the unit's as the two words.
        if word_start {
            if let Some((number, unit, len)) = sinhala_count(rest) {
                text.push_str(number);
                places.push((at..text.len(), String::new()));
                text.push(' ');
                let unit_at = text.len();
                text.push_str(unit);
                places.push((unit_at..text.len(), rest[..len].to_string()));
                previous = rest[..len].chars().last();
                rest = &rest[len..];
                continue;
            }
        }
        // Welsh "bythefnos" (a fortnight, mutated after a verb or "ymhen"): "2 weeks", the
        // number's place written as nothing.
        if word_start && welsh {
            let fortnight = ["bythefnos", "pythefnos", "phythefnos"].iter().find(|w| {
                rest.get(..w.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(w))
                    && rest[w.len()..].chars().next().is_none_or(|n| !word_char(n))
            });
            if let Some(word) = fortnight {
                text.push('2');
                places.push((at..text.len(), String::new()));
                text.push(' ');
                let unit_at = text.len();
                text.push_str("weeks");
                places.push((unit_at..text.len(), rest[..word.len()].to_string()));
                previous = rest[..word.len()].chars().last();
                rest = &rest[word.len()..];
                continue;
            }
        }
        if word_start && word_char(c) {
            let word_len = rest
                .char_indices()
                .find(|&(_, w)| !word_char(w))
                .map_or(rest.len(), |(i, _)| i);
            let word = &rest[..word_len];
            // (A unit of a count only where the count opens a line or a cell, "### দিন ১-২", "|
            // সপ্তাহ |", not after a word: "জমা দিন ১৪ তারিখের মধ্যে" is "submit by the 14th".)
            let after_a_word = text.trim_end_matches([' ', '\t']).ends_with(word_char);
            let lower = word.to_lowercase();
            // (A short weekday only right before its day: "uto 3.6.", "pet 14.9.".)
            let before_a_day = rest[word_len..]
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|d: char| d.is_ascii_digit()));
            // (Welsh "dydd Llun", "ddydd Mawrth": the weekday, not the month.)
            let after_dydd = welsh
                && text
                    .trim_end_matches(' ')
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| {
                        w.eq_ignore_ascii_case("dydd") || w.eq_ignore_ascii_case("ddydd")
                    });
            let weekday = WELSH_WEEKDAYS
                .iter()
                .find(|(native, _)| after_dydd && *native == lower);
            let found = weekday.or_else(|| {
                WORDS
                    .iter()
                    .chain(swahili)
                    .chain(irish)
                    .chain(filipino)
                    .chain(welsh_words)
                    .find(|(native, english)| {
                        // (Icelandic "Gátlisti viku 1" is "week 1"'s checklist: a word of a
                        // script with cases says which it is.)
                        *native == lower
                            && !(after_a_word
                                && ["day", "week"].contains(english)
                                && !native.is_ascii())
                            && (!LITHUANIAN_BEFORE_A_DAY.contains(native)
                                || lithuanian_day_follows(&rest[word_len..]))
                    })
                    // (Croatian "listopad", October, only beside other Croatian months: it is
                    // November in Polish and Czech.)
                    .or_else(|| {
                        (croatian && (lower == "listopad" || lower == "listopada"))
                            .then_some(&("listopad", "October"))
                    })
                    .or_else(|| {
                        SHORT_WEEKDAYS
                            .iter()
                            .find(|(native, _)| before_a_day && *native == lower)
                    })
            });
            let before = text.trim_end_matches(' ');
            let range = RANGE_WORDS.contains(&lower.as_str())
                && (before.ends_with(|d: char| d.is_ascii_digit())
                    || before
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| crate::plan::dates::month_named(w).is_some()))
                && {
                    let next = rest[word_len..].trim_start_matches(' ');
                    next.starts_with(|d: char| d.is_ascii_digit() || native_digit(d).is_some())
                        && range_end_is_a_day(before, next)
                        || WORDS.iter().any(|(native, english)| {
                            next.starts_with(native)
                                && (crate::plan::dates::month_named(english).is_some()
                                    || english.bytes().all(|b| b.is_ascii_digit()))
                        })
                };
            let found = found.or_else(|| range.then_some(&("", "to")));
            if let Some((native, english)) = found {
                // "ക്ലാസ് തുടങ്ങി പത്ത് ദിവസത്തിനകം" (within ten days of the classes having
                // begun): a count "within" after a word of beginning is that long after.
                let after_a_start = WITHIN_COUNTS.contains(native) && counts_from_a_start(&text);
                text.push_str(english);
                places.push((at..text.len(), word.to_string()));
                if after_a_start {
                    // (The copy's own word, written as nothing.)
                    text.push(' ');
                    let after_at = text.len();
                    text.push_str("after");
                    places.push((after_at..text.len(), String::new()));
                }
                rest = &rest[word_len..];
                previous = word.chars().last();
                continue;
            }
        }
        text.push(c);
        previous = Some(c);
        rest = &rest[c.len_utf8()..];
    }
    let mut written: Vec<Written> = places
        .into_iter()
        .map(|(range, written)| Written {
            read: text[range.clone()].to_string(),
            written,
            before: context_before(&text[..range.start]),
            after: context_after(&text[range.end..]),
        })
        .collect();
    written.sort_by(|a, b| a.read.cmp(&b.read));
    Some(Translated { text, written })
}

/// A count's unit that says "within" in a language that glues it on ("പത്ത് ദിവസത്തിനകം",
/// within ten days; Telugu "రెండు వారాల్లోగా", within two weeks; Tamil "நாட்களுக்குள்", Kannada
/// "ದಿನಗಳೊಳಗೆ").
const WITHIN_COUNTS: [&str; 12] = [
    "ദിവസത്തിനകം",
    "ദിവസത്തിനുള്ളിൽ",
    "ആഴ്ചയ്ക്കകം",
    "ആഴ്ചയ്ക്കുള്ളിൽ",
    "వారాల్లోగా",
    "వారాల్లోపు",
    "రోజుల్లోగా",
    "రోజుల్లోపు",
    "நாட்களுக்குள்",
    "வாரங்களுக்குள்",
    "ದಿನಗಳೊಳಗೆ",
    "ವಾರಗಳೊಳಗೆ",
];

/// Words that say something has begun, written before a count from it: Malayalam "തുടങ്ങി",
/// "ആരംഭിച്ച്" (having begun), Telugu "ప్రారంభమైన", "మొదలైన" (that began), Tamil "தொடங்கிய",
/// Kannada "ಆರಂಭವಾದ", "ಪ್ರಾರಂಭವಾದ".
const BEGUN: [&str; 12] = [
    "തുടങ്ങി",
    "തുടങ്ങിയ",
    "ആരംഭിച്ച്",
    "ആരംഭിച്ച",
    "ప్రారంభమైన",
    "మొదలైన",
    "ప్రారంభమయ్యాక",
    "தொடங்கிய",
    "தொடங்கி",
    "ಆರಂಭವಾದ",
    "ಪ್ರಾರಂಭವಾದ",
    "ಆರಂಭವಾಗಿ",
];

/// Whether the copy so far ends with a word of beginning and a count's number ("… ക്ലാസ്
/// തുടങ്ങി 10 ", "… ప్రారంభమైన two "), and what began is what the plan's title names ("#
/// శిక్షణ శిబిరం" over "శిబిరం ప్రారంభమైన …", the camp's start; "# … ക്ലാസുകൾ …" over "ക്ലാസ്
/// തുടങ്ങി …", the classes'): the count that follows is from the launch. Not a count after
/// any other word ("ഫീസ് അടച്ച് 3 …", three days of paying the fee), nor from the start of
/// something else ("നിർമ്മാണം തുടങ്ങി …", construction, in a plan titled by the opening).
fn counts_from_a_start(copy: &str) -> bool {
    let mut words = copy
        .lines()
        .next_back()
        .unwrap_or_default()
        .split_whitespace()
        .rev();
    let number = words.next().is_some_and(|n| {
        n.bytes().all(|b| b.is_ascii_digit()) || ["one", "two", "three", "four"].contains(&n)
    });
    if !number || !words.next().is_some_and(|w| BEGUN.contains(&w)) {
        return false;
    }
    let Some(what) = words.next() else {
        return false;
    };
    let title = copy
        .lines()
        .find(|l| l.starts_with("# "))
        .unwrap_or_default();
    title
        .split_whitespace()
        .any(|word| names_the_same(word, what))
}

/// Whether two words of a script that glues endings on share their stem: the shorter all but
/// its last two letters (a vowel sign or a virama with them), three at least ("ക്ലാസ്",
/// "ക്ലാസുകൾ").
fn names_the_same(a: &str, b: &str) -> bool {
    let a: Vec<char> = a
        .trim_matches(|c: char| !c.is_alphabetic())
        .chars()
        .collect();
    let b: Vec<char> = b
        .trim_matches(|c: char| !c.is_alphabetic())
        .chars()
        .collect();
    let shorter = a.len().min(b.len());
    let need = shorter.saturating_sub(2).max(3);
    shorter >= 3 && a.iter().zip(&b).take_while(|(x, y)| x == y).count() >= need.min(shorter)
}

/// The last letters or digits before a place on its line (white space and markup aside).
fn context_before(text: &str) -> Vec<char> {
    let mut chars: Vec<char> = text
        .chars()
        .rev()
        .take_while(|c| *c != '\n')
        .filter(|c| word_char(*c))
        .take(CONTEXT)
        .collect();
    chars.reverse();
    chars
}

/// The first letters or digits after a place on its line.
fn context_after(text: &str) -> Vec<char> {
    text.chars()
        .take_while(|c| *c != '\n')
        .filter(|c| word_char(*c))
        .take(CONTEXT)
        .collect()
}

/// How many letters and digits either side of a place tell it from another: twenty-four, so
/// that forms of one word read alike ("Vika 2: 1-2 klst", "10-12 klst/viku", both "week") come
/// back as written where four would tie, and so that a line in one script ("ਸਿਖਲਾਈ 10 ਮਈ ਤੋਂ
/// 3 ਦਿਨ") is told from its twin in another ("تربیت 10 مئی سے 3 دن", both "10 May to 3 days")
/// by the words of its own script before the copy's English.
const CONTEXT: usize = 24;

impl Translated {
    /// `text` (read from the copy) with each run of digits and each calendar word as the
    /// source wrote it at the place whose surroundings match best; None when nothing changes.
    fn restore(&self, text: &str) -> Option<String> {
        let mut out = String::with_capacity(text.len());
        let mut changed = false;
        let mut rest = text;
        let mut previous: Option<char> = None;
        while let Some(c) = rest.chars().next() {
            let token_len = if c.is_ascii_digit() {
                rest.find(|d: char| !d.is_ascii_digit())
                    .unwrap_or(rest.len())
            } else if c.is_ascii_alphabetic() && previous.is_none_or(|p| !word_char(p)) {
                rest.find(|w: char| !w.is_alphanumeric())
                    .unwrap_or(rest.len())
            } else {
                0
            };
            if token_len == 0 {
                out.push(c);
                previous = Some(c);
                rest = &rest[c.len_utf8()..];
                continue;
            }
            let token = &rest[..token_len];
            let at = text.len() - rest.len();
            let written = self.source_form(
                token,
                &context_before(&text[..at]),
                &context_after(&text[at + token_len..]),
            );
            changed |= written != token;
            out.push_str(written);
            previous = token.chars().last();
            rest = &rest[token_len..];
            // (A word the copy added, "week" before Uzbek "1-hafta", goes with its space; what
            // follows starts afresh, "weeks" after the "two" of Sinhala "සති දෙකකට".)
            if written.is_empty() {
                rest = rest.strip_prefix(' ').unwrap_or(rest);
                previous = Some(' ');
            }
        }
        changed.then_some(out)
    }

    /// How the source wrote `token` at the place most like this one: the most letters and
    /// digits that match right before and after it; where places match as well, the form most
    /// of them have.
    fn source_form<'a>(&'a self, token: &'a str, before: &[char], after: &[char]) -> &'a str {
        let score = |w: &Written| {
            let same_before = w
                .before
                .iter()
                .rev()
                .zip(before.iter().rev())
                .take_while(|(a, b)| a == b)
                .count();
            let same_after = w
                .after
                .iter()
                .zip(after)
                .take_while(|(a, b)| a == b)
                .count();
            // (A place that opens or ends its line as the text does: "#### Gener" read back
            // from a heading kept as a note, not "due January 2027" the export wrote.)
            let edges = usize::from(w.before.is_empty() && before.is_empty())
                + usize::from(w.after.is_empty() && after.is_empty());
            same_before + same_after + edges
        };
        let from = self.written.partition_point(|w| w.read.as_str() < token);
        let to = self.written.partition_point(|w| w.read.as_str() <= token);
        let candidates: Vec<&Written> = self.written[from..to].iter().collect();
        let Some(best) = candidates.iter().map(|w| score(w)).max() else {
            return token;
        };
        let best: Vec<&&Written> = candidates.iter().filter(|w| score(w) == best).collect();
        let native = best.iter().filter(|w| w.written != w.read).count();
        if native * 2 > best.len() {
            best.iter()
                .find(|w| w.written != w.read)
                .map_or(token, |w| w.written.as_str())
        } else {
            token
        }
    }

    /// Gives every text of `plan` (titles, items, notes, labels; not its ids and days) the
    /// source's own digits and words back.
    pub(super) fn restore_plan(&self, plan: &mut Plan) {
        let mut restore = |text: &mut String| {
            if let Some(restored) = self.restore(text) {
                *text = restored;
            }
        };
        restore(&mut plan.title);
        plan.subtitle.iter_mut().for_each(&mut restore);
        plan.notes.iter_mut().for_each(&mut restore);
        plan.for_each_node_mut(|mut node| node.for_each_text_mut(&mut restore));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn native_digits_and_words_read_in_ascii_and_written_back() {
        let source = "## সপ্তাহ ১ (১৫-২১ সেপ্টেম্বর ২০৩০)\n- [ ] F1 স্কোর, adapter rank ৪ বনাম ৮\n- १५ मार्च २०३१ तक\n";
        let translated = translate(source).expect("native digits");
        assert_eq!(
            translated.text,
            "## week 1 (15-21 September 2030)\n- [ ] F1 স্কোর, adapter rank 4 বনাম 8\n- 15 March 2031 तक\n"
        );
        for (read, written) in [
            (
                "F1 স্কোর, adapter rank 4 বনাম 8",
                "F1 স্কোর, adapter rank ৪ বনাম ৮",
            ),
            (
                "week 1 (15-21 September 2030)",
                "সপ্তাহ ১ (১৫-২১ সেপ্টেম্বর ২০৩০)",
            ),
            ("15 March 2031 तक", "१५ मार्च २०३१ तक"),
        ] {
            assert_eq!(translated.restore(read).as_deref(), Some(written), "{read}");
        }
        // What the source wrote in ASCII stays so; a text without digits or words is left.
        assert_eq!(translated.restore("F1 স্কোর"), None);
        let mixed = translate("- ১৫ সেপ্টেম্বর: শুরু\n- Review on 3 September\n").unwrap();
        assert_eq!(mixed.restore("Review on 3 September"), None);
        assert_eq!(translated.restore("no digits here"), None);
        // Most plans have no native digit: nothing is copied.
        assert!(translate("# Plan\n\n- [ ] Ship 1.0 on 15 March 2031\n").is_none());
    }
}

/// `arabic-simple`: a readable ASCII romanization of Arabic news text, one-way.
///
/// Written as ICU rules in two passes: the first spells out shadda and folds
/// Persian letter forms, the second writes ASCII. ICU's before-contexts see the
/// output already written, so "start of a word" is "after anything but a letter or a mark".
let arabicSimpleRules = #"""
# arabic-simple: a readable ASCII romanization of Arabic news text.
#   الجزائر → al-jazair    مكافحة الإرهاب → makafha al-irhab    والولايات → wal-walayat
# One-way and lossy, by design: it is meant to be read, not reversed.
# - Short vowels come from the vowel marks where the text has them. An unmarked word
#   gets an "a" between its first two consonants: no Arabic word starts with two.
# - The article is written al- (wal-, bil-, fal-, kal-, lil- with a prefix), never assimilated.
# - Hamza is dropped or written as its seat's vowel, ain is written a, tatweel is dropped.
# - Arabic-Indic digits and Arabic punctuation become their ASCII forms.

$consonant = [\u0628\u062A-\u0638\u063A\u0641-\u0647\u067E\u0686\u06A4\u06AF] ;
$letter = [\u0621-\u063A\u0641-\u064A\u0671\u067E\u0686\u06A4\u06AF] ;
$vowelMark = [\u064B-\u0650\u0670] ;
$mark = [\u064B-\u065F\u0670] ;
$inside = [[:L:][:M:]] ;
$wordStart = [^$inside] ;

# Pass 1, Arabic to Arabic: Persian letter forms to Arabic ones, and shadda spelled out
# as the consonant twice (with a sukun between, so no vowel is inserted there).
\u06A9 > \u0643 ;
\u06CC > \u064A ;
($consonant) ($vowelMark) \u0651 > $1 \u0652 $1 $2 ;
($consonant) \u0651 > $1 \u0652 $1 ;
::Null ;

# Pass 2, Arabic to ASCII. Before-contexts see output already written, so a word has
# started when the character before is not a letter or a mark.

# The article, with its one-letter prefixes, before a word of two letters or more.
$wordStart { [\u0627\u0671] \u0644 } $letter [$letter $mark] > al\- ;
$wordStart { \u0648 [\u0627\u0671] \u0644 } $letter [$letter $mark] > wal\- ;
$wordStart { \u0628 [\u0627\u0671] \u0644 } $letter [$letter $mark] > bil\- ;
$wordStart { \u0641 [\u0627\u0671] \u0644 } $letter [$letter $mark] > fal\- ;
$wordStart { \u0643 [\u0627\u0671] \u0644 } $letter [$letter $mark] > kal\- ;
$wordStart { \u0644 \u0644 } $letter [$letter $mark] > lil\- ;

# An unmarked word's first two consonants get an a between them: the consonant is
# put back (|) to be written by the rules below, followed by the a.
$wordStart { ($consonant) } $consonant > | $1 a ;
$wordStart { ($consonant) } [\u0648\u064A] [\u0627\u0629] > | $1 a ;
$wordStart { ([\u0648\u064A]) } $consonant > | $1 a ;

# Waw and yeh: consonants at the start of a word, next to alef or before a vowel letter; else long vowels.
$wordStart { \u0648 > w ;
\u0648 } [\u0627\u0649\u0629\u064A\u0648] > w ;
\u0648 > u ;
$wordStart { \u064A > y ;
\u064A } [\u0627\u0649\u0629\u0648\u064A] > y ;
\u064A > i ;

# Yeh with hamza before yeh, as in rais.
\u0626 \u064A > ai ;

[\u0622\u0623\u0627\u0671] > a ;   # alef, with madda, with hamza above, wasla
\u0625 > i ;                        # alef with hamza below
\u0621 > ;                          # hamza
\u0624 > u ;                        # waw with hamza
\u0626 > i ;                        # yeh with hamza
\u0628 > b ;
\u0629 > a ;                        # teh marbuta
\u062A > t ;
\u062B > th ;
\u062C > j ;
\u062D > h ;
\u062E > kh ;
\u062F > d ;
\u0630 > dh ;
\u0631 > r ;
\u0632 > z ;
\u0633 > s ;
\u0634 > sh ;
\u0635 > s ;
\u0636 > d ;
\u0637 > t ;
\u0638 > z ;
\u0639 > a ;                        # ain
\u063A > gh ;
\u0640 > ;                          # tatweel
\u0641 > f ;
\u0642 > q ;
\u0643 > k ;
\u0644 > l ;
\u0645 > m ;
\u0646 > n ;
\u0647 > h ;
\u0649 > a ;                        # alef maksura
\u067E > p ;
\u0686 > ch ;
\u06A4 > v ;
\u06AF > g ;

# Vowel marks; a short vowel before its own long vowel is not written twice.
\u064E } [\u0627\u0649] > ;
\u064F } \u0648 > ;
\u0650 } \u064A > ;
\u064B > an ;
\u064C > un ;
\u064D > in ;
\u064E > a ;
\u064F > u ;
\u0650 > i ;
\u0670 > a ;                        # superscript alef
[\u0651-\u065F] > ;                 # sukun and other marks

# Digits and punctuation.
[\u0660\u06F0] > 0 ;
[\u0661\u06F1] > 1 ;
[\u0662\u06F2] > 2 ;
[\u0663\u06F3] > 3 ;
[\u0664\u06F4] > 4 ;
[\u0665\u06F5] > 5 ;
[\u0666\u06F6] > 6 ;
[\u0667\u06F7] > 7 ;
[\u0668\u06F8] > 8 ;
[\u0669\u06F9] > 9 ;
\u060C > \, ;
\u061B > \; ;
\u061F > \? ;
\u066A > \% ;
\u066B > \. ;
\u066C > \, ;
"""#

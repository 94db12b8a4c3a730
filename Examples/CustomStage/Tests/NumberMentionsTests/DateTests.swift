import NumberMentions
import Testing

@Suite("Dates, years and times")
struct DateTests {
    @Test func levantineAndEgyptianMonthNames() throws {
        #expect(try mentions(in: "في أيلول وشباط، ثم سبتمبر وفبراير، و12 آب (أغسطس) وتموز/يوليو 2015") == [
            "أيلول = date --09", "شباط = date --02", "سبتمبر = date --09", "فبراير = date --02",
            "12 آب (أغسطس) = date --08-12", "تموز/يوليو 2015 = date 2015-07",
        ])
    }

    @Test func monthNamesThatAreAlsoWords() throws {
        // مارس is also "he practised", آب is spelled like أب (father): alone, they are words.
        #expect(try mentions(in: "مارس الرياضة مع أب وابنه") == [])
        #expect(try mentions(in: "في مارس و5 مارس ومارس 2016 وشهر آب") == [
            "مارس = date --03", "5 مارس = date --03-05", "مارس 2016 = date 2016-03", "آب = date --08",
        ])
    }

    @Test func cliticIsLeftOutOfTheSpan() throws {
        #expect(try mentions(in: "بين سبتمبر (أيلول) 2017 وفبراير (شباط) 2018") == [
            "سبتمبر (أيلول) 2017 = date 2017-09", "فبراير (شباط) 2018 = date 2018-02",
        ])
    }

    @Test func hijriDates() throws {
        #expect(try mentions(in: "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م") == [
            "26 شوال 1436 هـ = date 1436-10-26 islamic", "11 أغسطس 2015 م = date 2015-08-11",
        ])
        #expect(try mentions(in: "منذ 1433هـ، وفي العام 1435/1436هـ، في شهر رمضان لا في رمضان") == [
            "1433هـ = year 1433 islamic", "1435 = year 1435 islamic", "1436هـ = year 1436 islamic",
            "رمضان = date --09 islamic",
        ])
    }

    @Test func numericDates() throws {
        #expect(try mentions(in: "بتاريخ 19/ 10/ 1436هـ الموافق 4 / 8 / 2015م، و2018-03-05 و31.07.2015 و12/25/2017") == [
            "19/ 10/ 1436هـ = date 1436-10-19 islamic", "4 / 8 / 2015م = date 2015-08-04",
            "2018-03-05 = date 2018-03-05", "31.07.2015 = date 2015-07-31", "12/25/2017 = date 2017-12-25",
        ])
    }

    @Test func englishDates() throws {
        #expect(try mentions(in: "On March 5, 2018, the 5th of May, 13 July 2012 and in December 2008; in May.") == [
            "March 5, 2018 = date 2018-03-05", "5th of May = date --05-05", "13 July 2012 = date 2012-07-13",
            "December 2008 = date 2008-12", "May = date --05",
        ])
        // Lower case, or a modal verb: not months.
        #expect(try mentions(in: "May I march in september?") == [])
    }

    @Test func years() throws {
        #expect(try mentions(in: "في نهاية عام 2017 و2015م، in 1999 and 1750") == [
            "2017 = year 2017", "2015م = year 2015", "1999 = year 1999", "1750 = number 1750",
        ])
        let wider = NumberFinder(years: 1700...2100)
        #expect(try mentions(in: "in 1750", finder: wider) == ["1750 = year 1750"])
    }

    @Test func metresAreNotAnEra() throws {
        // م after a four-digit number marks the Gregorian era; after a shorter one it is metres.
        #expect(try mentions(in: "سباق 800 م في 2015 م") == ["800 = number 800", "2015 م = year 2015"])
    }

    @Test func timesOfDay() throws {
        #expect(try mentions(in: "الساعة ٥:٤٥ مساء و10:36م و9:00 صباحا, at 5:45 pm and 12:30 a.m., 18:11") == [
            "٥:٤٥ مساء = time 17:45", "10:36م = time 22:36", "9:00 صباحا = time 09:00", "5:45 pm = time 17:45",
            "12:30 a.m. = time 00:30", "18:11 = time 18:11",
        ])
        // A score is not a time.
        #expect(try mentions(in: "فاز 2:1") == ["2 = number 2", "1 = number 1"])
    }

    @Test func noMentionCrossesALineBreak() throws {
        #expect(try mentions(in: "سبتمبر\n2017") == ["سبتمبر = date --09", "2017 = year 2017"])
    }
}

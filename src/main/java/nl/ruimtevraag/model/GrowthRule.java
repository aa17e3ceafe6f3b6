package nl.ruimtevraag.model;

/**
 * A yearly growth rate of jobs on business estates, for a region (null: every region) and a sector
 * (null: every sector) over the years {@code fromYear..toYear} inclusive. Later rules override
 * earlier ones where they overlap. One Param object shared by many regions is one draw under Monte
 * Carlo: the regions move together.
 */
public record GrowthRule(String region, Sector sector, int fromYear, int toYear, Param rate, Origin origin) {
    public GrowthRule {
        if (toYear < fromYear) {
            throw new IllegalArgumentException("growth rule years run backwards: " + fromYear + "-" + toYear);
        }
    }

    public boolean applies(String regionCode, Sector s, int year) {
        return appliesTo(regionCode, s) && year >= fromYear && year <= toYear;
    }

    /** Whether the rule holds for a region and sector in some year (its years aside). */
    public boolean appliesTo(String regionCode, Sector s) {
        return (region == null || region.equals(regionCode)) && (sector == null || sector == s);
    }
}

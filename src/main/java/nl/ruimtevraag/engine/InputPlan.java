package nl.ruimtevraag.engine;

import java.util.List;
import nl.ruimtevraag.model.Horizon;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * A scenario and a data set resolved once into structure, built by {@code InputResolver.plan}: the
 * selected regions, and per section of the method a {@link Section} that knows which parameters its
 * numbers come from. A section none of whose parameters is uncertain is resolved here, once, at the
 * central values; the others are resolved from each parameter vector. A Monte Carlo run plans once
 * and resolves per draw without walking the scenario again. Never changed after it is built, so one
 * plan serves every thread.
 *
 * <p>A value vector gives every parameter of {@link #params()} a value, and must give a parameter
 * without uncertainty its central value (as {@link ParamSource#central()} and every Monte Carlo draw
 * do): the sections of such parameters alone were resolved at that value when planned.
 */
public final class InputPlan {
    private final String scenarioName;
    private final Horizon horizon;
    private final RegionList regionList;
    /** [r][w] netto ha at the base year */
    private final double[][] stock0;
    /** distinct parameters by identity: a parameter shared by many numbers is one entry, so one draw */
    private final List<Param> params;
    private final Section.Planned<ProjectionInput.Expansion> expansion;
    private final Section.Planned<ProjectionInput.Replacement> replacement;
    private final Section.Planned<ProjectionInput.Circular> circular;
    private final Section.Planned<ProjectionInput.Intensification> intensification;
    private final Section.Planned<ProjectionInput.Supply> supply;
    private final Section.Planned<ProjectionInput.Grid> grid;
    private final Section.Planned<ProjectionInput.Permit> stikstof;
    private final Section.Planned<ProjectionInput.Permit> water;
    private final int reserveParam;

    InputPlan(Planning p) {
        scenarioName = p.scenario.name();
        horizon = p.horizon;
        regionList = new RegionList(p.regions.stream().map(RegionData::code).toList(),
                p.regions.stream().map(RegionData::name).toList());
        stock0 = new double[p.regions()][Werkmilieu.COUNT];
        for (int r = 0; r < stock0.length; r++) {
            for (Werkmilieu w : Werkmilieu.values()) {
                stock0[r][w.ordinal()] = p.regions.get(r).stock().get(w).value();
            }
        }
        expansion = p.section(new ExpansionPlan(p));
        replacement = p.section(new ReplacementPlan(p));
        circular = p.section(new CircularPlan(p));
        intensification = p.section(new IntensificationPlan(p));
        supply = p.section(new SupplyPlan(p));
        var constraints = p.scenario.constraints();
        grid = p.section(new GridPlan(p));
        stikstof = p.section(new PermitPlan(p, constraints.stikstof(), Planning.STIKSTOF_SHARE));
        water = p.section(new PermitPlan(p, constraints.water(), Planning.WATER_SHARE));
        reserveParam = p.of(p.scenario.planningReserve());
        params = List.copyOf(p.params);
    }

    public String scenarioName() {
        return scenarioName;
    }

    public Horizon horizon() {
        return horizon;
    }

    public List<String> regionCodes() {
        return regionList.codes();
    }

    public int regions() {
        return regionList.size();
    }

    /**
     * The distinct parameters (by identity) the numbers depend on, data-set figures included (as
     * points). A value vector for {@link #resolve(double[])} follows this order.
     */
    public List<Param> params() {
        return params;
    }

    /** Every parameter at the value a source gives it. */
    public double[] values(ParamSource source) {
        double[] v = new double[params.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = source.value(params.get(i));
        }
        return v;
    }

    /** A fresh input: its arrays are its own, or the plan's (never changed). */
    public ProjectionInput resolve(ParamSource source) {
        return resolve(values(source));
    }

    /** A fresh input for one value vector. */
    public ProjectionInput resolve(double[] values) {
        return scratch().resolve(values);
    }

    /** A new scratch for one thread's resolves. */
    public Scratch scratch() {
        return new Scratch(this);
    }

    /**
     * One thread's arrays for resolving draw after draw without allocating: each resolve refills the
     * arrays of the sections that depend on an uncertain parameter, so the input it returns is valid
     * until the next resolve with this scratch. Never hand such an input to another thread.
     */
    public static final class Scratch {
        private final InputPlan plan;
        private ProjectionInput.Expansion expansion;
        private ProjectionInput.Replacement replacement;
        private ProjectionInput.Circular circular;
        private ProjectionInput.Intensification intensification;
        private ProjectionInput.Supply supply;
        private ProjectionInput.Grid grid;
        private ProjectionInput.Permit stikstof;
        private ProjectionInput.Permit water;

        private Scratch(InputPlan plan) {
            this.plan = plan;
        }

        /** The input for a value vector ({@link InputPlan#params()} order), in this scratch's arrays. */
        public ProjectionInput resolve(double[] v) {
            InputPlan p = plan;
            if (v.length != p.params.size()) {
                throw new IllegalArgumentException("expected " + p.params.size() + " parameter values, got " + v.length);
            }
            expansion = p.expansion.resolve(v, expansion);
            replacement = p.replacement.resolve(v, replacement);
            circular = p.circular.resolve(v, circular);
            intensification = p.intensification.resolve(v, intensification);
            supply = p.supply.resolve(v, supply);
            grid = p.grid.resolve(v, grid);
            stikstof = p.stikstof.resolve(v, stikstof);
            water = p.water.resolve(v, water);
            return new ProjectionInput(p.scenarioName, p.horizon, p.regionList, p.stock0, expansion, replacement, circular,
                    intensification, supply, new ProjectionInput.Constraints(grid, stikstof, water), v[p.reserveParam]);
        }
    }
}

namespace Sitrep.Core;

/// <summary>What a figure counts. The snake_case names (<see cref="Vocabulary"/>) are the interchange vocabulary.</summary>
public enum Measure
{
    Other,
    Killed,
    Injured,
    Missing,
    /// <summary>Fled, left, evacuated, arrived as refugees, crossed.</summary>
    Displaced,
    Hospitalized,
    Identified,
    Registered,
    Detained,
    Affected,
    Population,
    HousesDestroyed,
    HousesDamaged,
    AidMoney,
    AidGoods,
}

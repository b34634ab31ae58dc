import statistics as st
from statistics import StatisticsError
from fractions import Fraction

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4]
print(st.mean([1, 2, 3, 4, 4]), st.mean([-1.0, 2.5, 3.25, 5.75]), st.mean([Fraction(3, 7), Fraction(1, 21), Fraction(5, 3), Fraction(1, 3)]))
print(st.mean([1, 2, 3]), st.mean([1, 2]), st.mean([True, 2]), st.mean([0.1] * 10), st.mean(iter(range(10))), st.mean([1, 2.5, Fraction(1, 2)]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean(range(1, 11)), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([2, 0, 3]), st.harmonic_mean([7]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.multimode("aabbbbccddddeeffffgg"), st.multimode(""))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"), st.quantiles([1.5, 2.5], n=3), st.quantiles(range(100), n=5))
print(st.variance(data), st.variance(ints), st.variance([1, 2, 3, 4]), st.pvariance(data), st.pvariance([1, 2, 3, 4]), st.pvariance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]))
print(st.stdev(data), st.pstdev(data), st.stdev([1, 2, 3, 4, 5]), st.pstdev([10**20, 10**20 + 1, 10**20 + 3]), st.stdev([0.1, 0.2, 0.3, 0.4]), st.variance(data, st.mean(data)))
print(st.variance([1.0, float("inf")]), st.mean([1, float("nan")]), st.pvariance([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
xs = [1.0 + i / 7 for i in range(50)]
print(st.mean(xs), st.fmean(xs), st.stdev(xs), st.variance(xs), st.median(xs))
for f in [lambda: st.mean([]), lambda: st.fmean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.variance([1]),
          lambda: st.stdev([1]), lambda: st.pvariance([]), lambda: st.pstdev([]), lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0),
          lambda: st.harmonic_mean([]), lambda: st.harmonic_mean([1, -2]), lambda: st.geometric_mean([1, 0]), lambda: st.median_low([]),
          lambda: st.quantiles([1, 2], method="x"), lambda: st.mean(["a"]), lambda: st.stdev([1, float("inf")])]:
    try:
        print(f())
    except StatisticsError as e:
        print("StatisticsError:", e)
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(issubclass(StatisticsError, ValueError))

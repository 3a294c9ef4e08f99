s = 'héllo wörld'; n = s + 1
